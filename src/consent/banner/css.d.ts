// The banner's stylesheet comes in as minified text (bundle.ts).
declare module "*.css" {
  const css: string;
  export default css;
}
