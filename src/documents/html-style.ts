/**
 * The document page's colours. Each text colour meets WCAG AA (at least 4.5:1) on the background it is
 * used on; the tests compute the ratios from these values.
 */
export const PALETTE = {
  text: "#1b1b1b",
  background: "#ffffff",
  muted: "#4a4a4a",
  link: "#0b4f9c",
  panel: "#f3f5f8",
  tableHead: "#e9edf2",
  border: "#b8c0ca",
} as const;

/** Pairs of [text, background] as they occur on the page. */
export const CONTRAST_PAIRS: [string, string][] = [
  [PALETTE.text, PALETTE.background],
  [PALETTE.muted, PALETTE.background],
  [PALETTE.link, PALETTE.background],
  [PALETTE.text, PALETTE.panel],
  [PALETTE.link, PALETTE.panel],
  [PALETTE.text, PALETTE.tableHead],
  [PALETTE.link, PALETTE.tableHead],
];

const p = PALETTE;

/** Inline CSS: no fonts, images or other requests; a readable measure; print styles. */
export const STYLE = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem 1.25rem 4rem; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 1.0625rem; line-height: 1.6; color: ${p.text}; background: ${p.background}; }
h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 0.75rem; }
h1 { font-size: 2rem; margin-top: 0.5rem; }
h2 { font-size: 1.5rem; padding-top: 0.5rem; border-top: 1px solid ${p.border}; }
h3 { font-size: 1.2rem; }
p, ul, ol { margin: 0 0 1rem; }
li { margin-bottom: 0.35rem; }
a { color: ${p.link}; text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid ${p.link}; outline-offset: 2px; }
.meta { color: ${p.muted}; margin-top: -0.25rem; }
.skip-link { position: absolute; left: -10000px; top: 0; }
.skip-link:focus { left: 1rem; top: 1rem; padding: 0.5rem 1rem; background: ${p.background}; color: ${p.link}; border: 2px solid ${p.link}; z-index: 1; }
.toc { background: ${p.panel}; border: 1px solid ${p.border}; border-radius: 0.25rem; padding: 0.75rem 1.25rem; margin: 1.5rem 0 2rem; }
.toc h2 { border: 0; margin: 0.25rem 0 0.5rem; padding: 0; font-size: 1.15rem; }
.toc ol { margin: 0; padding-left: 1.25rem; }
.table-scroll { overflow-x: auto; margin: 0 0 1.25rem; }
.table-scroll:focus-visible { outline: 3px solid ${p.link}; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 0.4rem; }
th, td { border: 1px solid ${p.border}; padding: 0.45rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: ${p.tableHead}; }
tbody th { font-weight: 600; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; color: #000; }
  .skip-link, .toc { display: none; }
  a { color: #000; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.9em; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  .table-scroll { overflow: visible; }
}
`;
