/*
 * Characters that make a value show or act as something else than it is: NUL (cuts strings short in
 * C libraries and some databases), other control characters such as ESC (ANSI sequences that recolour
 * or rewrite a terminal when an operator prints the value) and the bidirectional controls (which
 * reorder text on screen, so "+31 6 1234" can display as a different number). A person's phone
 * number, customer number or corrected name never needs them.
 */

/** C0 controls, DEL and C1 controls; line breaks and tabs too unless allowed. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
/** Marks and embeddings/overrides/isolates: LRM, RLM, ALM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export const UNSAFE_TEXT_MESSAGE =
  "must not hold control characters (such as NUL or escape sequences) or bidirectional overrides";

/** Whether `text` holds a character no identity or field value should; line breaks only when allowed. */
export function hasUnsafeCharacters(text: string, options: { lineBreaks?: boolean } = {}): boolean {
  if (CONTROL.test(text) || BIDI.test(text)) return true;
  return !options.lineBreaks && LINE_BREAK_OR_TAB.test(text);
}
