import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The banner script, bundled by esbuild from `banner/main.ts` into one small IIFE with its CSS
 * minified and inlined. `npm run build` writes it next to the compiled service (dist/consent); run
 * from source (tests, development) it is built on first use. The configuration is not in the bundle:
 * the service puts it in where the bundle says WAARBORG_CONFIG (script.ts).
 */
const ENTRY = fileURLToPath(new URL("./banner/main.ts", import.meta.url));
export const BUNDLE_FILE = fileURLToPath(new URL("./banner.bundle.js", import.meta.url));

/** The free name in the bundle that stands for the configuration. */
export const CONFIG_PLACEHOLDER = "WAARBORG_CONFIG";

let built: Promise<string> | undefined;

export function bannerBundleCode(): Promise<string> {
  built ??= existsSync(BUNDLE_FILE) ? Promise.resolve(readFileSync(BUNDLE_FILE, "utf8")) : buildBannerCode();
  return built;
}

/** Builds the bundle from source; esbuild is a build-time dependency, loaded only here. */
export async function buildBannerCode(): Promise<string> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    plugins: [
      {
        name: "minified-css-as-text",
        setup(build) {
          build.onLoad({ filter: /\.css$/ }, async (args) => {
            const css = await esbuild.transform(readFileSync(args.path, "utf8"), { loader: "css", minify: true });
            return { contents: `export default ${JSON.stringify(css.code.trim())};`, loader: "js" };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0]!.text;
  if (!code.includes(CONFIG_PLACEHOLDER)) throw new Error("the banner bundle lost its configuration placeholder");
  return code;
}
