import { passesElevenTest } from "./eleven-test.js";

/**
 * The BSN as nine digits, or undefined when it is not one. An eight-digit BSN is an old number
 * written without its leading zero; spaces and dots people type between the groups are ignored.
 */
export function normalizeBsn(text: string): string | undefined {
  const digits = text.trim().replace(/[ .]/g, "");
  if (!/^\d{8,9}$/.test(digits)) return undefined;
  return digits.padStart(9, "0");
}

/** Burgerservicenummer: nine digits (eight padded), not all zero, and the eleven-test holds. */
export function isValidBsn(text: string): boolean {
  const bsn = normalizeBsn(text);
  return bsn !== undefined && bsn !== "000000000" && passesElevenTest(bsn);
}
