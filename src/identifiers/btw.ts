import { passesElevenTest } from "./eleven-test.js";
import { mod97 } from "./mod97.js";

/**
 * The BTW-id as NL, nine digits, B, two digits: "nl 0024.55.799-b11" and "NL-002455799B11" become
 * "NL002455799B11". Spaces, dashes and dots are dropped, the NL prefix is added when missing and a
 * fiscal number written without its leading zeros gets them back. Other text comes back compacted.
 */
export function normalizeBtwId(text: string): string {
  const compact = text.replace(/[\s.-]/g, "").toUpperCase();
  const bare = compact.startsWith("NL") ? compact.slice(2) : compact;
  const parts = /^(\d{1,9})(B\d{2})$/.exec(bare);
  return parts ? `NL${(parts[1] as string).padStart(9, "0")}${parts[2] as string}` : compact;
}

/**
 * Dutch BTW-id (VAT number): NL, nine digits, B, two digits, neither the digits nor the suffix all
 * zero (B00 is never issued). Numbers issued before 2020 carry the fiscal number, whose nine digits
 * pass the eleven-test; the sole-trader numbers since 2020 are checked over the whole string with
 * letters as base-36 values (N=23, L=21, B=11): 1 mod 97.
 */
export function isValidBtwId(text: string): boolean {
  const id = normalizeBtwId(text);
  if (!/^NL\d{9}B\d{2}$/.test(id)) return false;
  if (id.slice(2, 11) === "000000000" || id.endsWith("B00")) return false;
  return passesElevenTest(id.slice(2, 11)) || mod97(id) === 1;
}
