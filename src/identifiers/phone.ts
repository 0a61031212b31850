/**
 * A phone number in E.164 form ("+31201234567"), or undefined when the text is no plausible number.
 * Accepts Dutch national notation (020-123 4567, 06 12345678), 0031 and +31 (also "+31 (0)20 ..."),
 * and other international numbers written with a plus. Spaces, dashes, dots and brackets are ignored.
 */
export function normalizePhone(text: string): string | undefined {
  const compact = text
    .trim()
    .replace(/\(0\)/g, "")
    .replace(/[\s\-.()]/g, "");
  const dutch = /^(?:0|\+31|0031)([1-9]\d{8})$/.exec(compact);
  if (dutch) return `+31${dutch[1]}`;
  // +31 with the wrong number of digits is a mistake, not some other country's number.
  if (compact.startsWith("+31") || compact.startsWith("0031")) return undefined;
  const international = /^(?:\+|00)([1-9]\d{6,14})$/.exec(compact);
  return international ? `+${international[1]}` : undefined;
}

/** A Dutch or international (E.164) phone number. */
export function isPhoneNumber(text: string): boolean {
  return normalizePhone(text) !== undefined;
}
