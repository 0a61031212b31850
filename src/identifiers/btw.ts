import { passesElevenTest } from "./eleven-test.js";
import { mod97 } from "./mod97.js";

/** Upper case without spaces and dots: "nl 0024.55.799.b11" -> "NL002455799B11". */
export function normalizeBtwId(text: string): string {
  return text.replace(/[\s.]/g, "").toUpperCase();
}

/**
 * Dutch BTW-id (VAT number): NL, nine digits, B, two digits. Numbers issued before 2020 carry the
 * fiscal number, whose nine digits pass the eleven-test; the sole-trader numbers since 2020 are
 * checked over the whole string with letters as base-36 values (N=23, L=21, B=11): 1 mod 97.
 */
export function isValidBtwId(text: string): boolean {
  const id = normalizeBtwId(text);
  if (!/^NL\d{9}B\d{2}$/.test(id)) return false;
  return passesElevenTest(id.slice(2, 11)) || mod97(id) === 1;
}
