import { createHash } from "node:crypto";
import { CONTRAST_PAIRS as DOCUMENT_CONTRAST_PAIRS, PALETTE, STYLE as DOCUMENT_STYLE } from "../../documents/index.js";

/**
 * The service's colours: the statement's palette (so the statement looks the same embedded in a page
 * as on its own) plus the colours forms and notices need. Each text colour meets WCAG AA (4.5:1) on
 * the backgrounds listed in CONTRAST_PAIRS; the tests compute the ratios from these values.
 */
export const COLOURS = {
  ...PALETTE,
  error: "#a4141c",
  errorPanel: "#fdf0f0",
  success: "#1d6b35",
  successPanel: "#eef7f0",
  button: "#0b4f9c",
  buttonText: "#ffffff",
  focus: "#0b4f9c",
} as const;

/** The statement's pairs (the statement is embedded in pages) plus those of forms and notices. */
export const CONTRAST_PAIRS: [string, string][] = [
  ...DOCUMENT_CONTRAST_PAIRS,
  [COLOURS.error, COLOURS.background],
  [COLOURS.error, COLOURS.errorPanel],
  [COLOURS.text, COLOURS.errorPanel],
  [COLOURS.success, COLOURS.successPanel],
  [COLOURS.text, COLOURS.successPanel],
  [COLOURS.buttonText, COLOURS.button],
];

const c = COLOURS;

/**
 * One stylesheet for every page, inlined in a <style> element. The Content-Security-Policy allows
 * exactly this text by its hash, so no other inline style and no inline script can run.
 */
export const STYLE = `${DOCUMENT_STYLE}
.site-header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.5rem 1.5rem; border-bottom: 1px solid ${c.border}; padding-bottom: 0.75rem; margin-bottom: 1.5rem; }
.site-name { font-weight: 700; font-size: 1.15rem; color: ${c.text}; text-decoration: none; }
.site-header ul, .site-footer ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.site-header li, .site-footer li { margin: 0; }
a[aria-current="page"] { font-weight: 700; text-decoration: none; }
.site-footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid ${c.border}; font-size: 0.95rem; }
:focus-visible { outline: 3px solid ${c.focus}; outline-offset: 2px; }
main:focus { outline: none; }
.field { margin: 0 0 1.25rem; }
label, legend { display: block; font-weight: 600; margin-bottom: 0.3rem; }
fieldset { border: 1px solid ${c.border}; border-radius: 0.25rem; padding: 0.75rem 1rem 0.25rem; margin: 0 0 1.25rem; }
fieldset .choice { display: flex; gap: 0.5rem; align-items: baseline; margin-bottom: 0.6rem; }
fieldset .choice label { font-weight: 400; margin: 0; }
.hint { color: ${c.muted}; margin: -0.1rem 0 0.4rem; font-size: 0.95rem; }
input[type="text"], input[type="email"], input[type="tel"], textarea, select { display: block; width: 100%; max-width: 32rem; font: inherit; padding: 0.5rem 0.6rem; border: 2px solid ${c.muted}; border-radius: 0.25rem; color: ${c.text}; background: ${c.background}; }
input.code { max-width: 10rem; letter-spacing: 0.2em; font-variant-numeric: tabular-nums; }
textarea { min-height: 6rem; }
[aria-invalid="true"] { border-color: ${c.error}; }
.field-error { color: ${c.error}; font-weight: 600; margin: 0 0 0.3rem; }
button, .button { display: inline-block; font: inherit; font-weight: 600; padding: 0.6rem 1.2rem; border: 2px solid ${c.button}; border-radius: 0.25rem; background: ${c.button}; color: ${c.buttonText}; cursor: pointer; text-decoration: none; }
button.secondary { background: ${c.background}; color: ${c.link}; border-color: ${c.link}; }
.notice code { overflow-wrap: anywhere; }
.notice { border-left: 0.35rem solid ${c.link}; background: ${c.panel}; padding: 0.75rem 1rem; margin: 0 0 1.25rem; }
.notice.error { border-color: ${c.error}; background: ${c.errorPanel}; }
.notice.success { border-color: ${c.success}; background: ${c.successPanel}; }
.notice.error h2, .notice.success h2 { border: 0; margin-top: 0; padding: 0; font-size: 1.15rem; }
.notice.error h2 { color: ${c.error}; }
.notice.success h2 { color: ${c.success}; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1.25rem; margin: 0 0 1.5rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
ol.events { padding-left: 1.25rem; }
.cards { list-style: none; padding: 0; }
.cards li { border: 1px solid ${c.border}; border-radius: 0.25rem; padding: 0.75rem 1rem; margin-bottom: 0.75rem; }
.cards h3 { margin: 0 0 0.35rem; }
@media print { .site-header ul, .site-footer { display: none; } }
`;

/** The CSP source expression that allows STYLE and nothing else inline. */
export const STYLE_HASH = `'sha256-${createHash("sha256").update(STYLE, "utf8").digest("base64")}'`;
