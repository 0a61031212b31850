const POSTCODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/;
/** Letter pairs PostNL never issues (their connotations). */
const UNUSED_LETTERS = new Set(["SA", "SD", "SS"]);

/** Dutch postcode as written: four digits (no leading zero), an optional space, two capitals, not SA, SD or SS. */
export function isDutchPostcode(text: string): boolean {
  return POSTCODE.test(text) && !UNUSED_LETTERS.has(text.slice(-2));
}

/**
 * "3511ed", " 3511  ED ", "3511-ed" and "NL-3511 ED" -> "3511 ED"; undefined when it is no Dutch
 * postcode. The NL prefix is the country code written before a postcode on international mail.
 */
export function normalizePostcode(text: string): string | undefined {
  const compact = text.replace(/[\s-]+/g, "").toUpperCase();
  const bare = compact.startsWith("NL") ? compact.slice(2) : compact;
  const candidate = `${bare.slice(0, 4)} ${bare.slice(4)}`;
  return bare.length === 6 && isDutchPostcode(candidate) ? candidate : undefined;
}
