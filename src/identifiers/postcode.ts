const POSTCODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/;
/** Letter pairs PostNL never issues (their connotations). */
const UNUSED_LETTERS = new Set(["SA", "SD", "SS"]);

/** Dutch postcode as written: four digits (no leading zero), an optional space, two capitals, not SA, SD or SS. */
export function isDutchPostcode(text: string): boolean {
  return POSTCODE.test(text) && !UNUSED_LETTERS.has(text.slice(-2));
}

/** "3511ed" or " 3511  ED " -> "3511 ED"; undefined when it is no Dutch postcode. */
export function normalizePostcode(text: string): string | undefined {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  const candidate = `${compact.slice(0, 4)} ${compact.slice(4)}`;
  return compact.length === 6 && isDutchPostcode(candidate) ? candidate : undefined;
}
