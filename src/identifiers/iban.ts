import { getCountrySpecifications, isValidIBAN } from "ibantools";
import { mod97 } from "./mod97.js";

/**
 * Territories the IBAN registry lists under France (FR) and Finland (FI, for Åland): their accounts
 * carry the FR or FI prefix, so an IBAN starting with the territory's own code is none.
 */
const UNDER_ANOTHER_PREFIX = new Set(["AX", "BL", "GF", "GP", "MF", "MQ", "NC", "PF", "PM", "RE", "TF", "WF", "YT"]);

/**
 * Countries in the SWIFT IBAN registry. The structure of each country's BBAN and the national
 * check digits (Belgium, Spain, France, Poland, Norway, the Czech Republic and others) come from
 * ibantools; its table also lists countries that only experiment with IBANs, which are no IBAN
 * countries. Burundi (2021) and Djibouti (2022) joined the registry but are not flagged as members
 * there, so they are added here.
 */
const REGISTRY_COUNTRIES: ReadonlySet<string> = new Set([
  ...Object.entries(getCountrySpecifications())
    .filter(([, spec]) => spec.IBANRegistry && spec.chars !== null && spec.bban_regexp !== null)
    .map(([country]) => country)
    .filter((country) => !UNDER_ANOTHER_PREFIX.has(country)),
  "BI",
  "DJ",
]);

/**
 * BBAN structures where ibantools departs from the SWIFT IBAN registry: it lets digits stand for
 * the registry's bank-code letters (Georgia, Ireland, Pakistan, Palestine, the British Virgin
 * Islands), letters for Turkey's reserved digit, and refuses the alphanumeric bank codes of
 * Belarus and the Dominican Republic.
 * None of these countries has national check digits, so length, structure and the IBAN check are
 * the whole test.
 */
const REGISTRY_STRUCTURE: Record<string, RegExp> = {
  BY: /^[A-Z0-9]{4}[0-9]{4}[A-Z0-9]{16}$/,
  DO: /^[A-Z0-9]{4}[0-9]{20}$/,
  GE: /^[A-Z]{2}[0-9]{16}$/,
  IE: /^[A-Z]{4}[0-9]{14}$/,
  PK: /^[A-Z]{4}[A-Z0-9]{16}$/,
  PS: /^[A-Z]{4}[A-Z0-9]{21}$/,
  TR: /^[0-9]{6}[A-Z0-9]{16}$/,
  VG: /^[A-Z]{4}[0-9]{16}$/,
};

/** Upper case without spaces, dashes and dots, the form IBANs are compared and stored in. */
export function normalizeIban(text: string): string {
  return text.replace(/[\s.-]+/g, "").toUpperCase();
}

/**
 * IBAN of a registry country: the country's length and BBAN structure, the IBAN check digits
 * (moving the first four characters to the end gives 1 mod 97) and, where the country has them,
 * the national check digits inside the BBAN.
 */
export function isValidIban(text: string): boolean {
  const iban = normalizeIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const country = iban.slice(0, 2);
  if (!REGISTRY_COUNTRIES.has(country)) return false;
  const structure = REGISTRY_STRUCTURE[country];
  if (structure === undefined) return isValidIBAN(iban, { allowQRIBAN: true });
  return structure.test(iban.slice(4)) && mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** The two check digits that make `country + ?? + body` a valid IBAN; used to build test values. */
export function ibanCheckDigits(country: string, body: string): string {
  const remainder = mod97(`${normalizeIban(body)}${country.toUpperCase()}00`);
  if (remainder === undefined) throw new RangeError("an IBAN body holds only letters and digits");
  return String(98 - remainder).padStart(2, "0");
}
