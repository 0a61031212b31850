import { getCountrySpecifications } from "ibantools";
import type { Random } from "../../../src/demo/random.js";
import { ibanCheckDigits, isValidIban } from "../../../src/identifiers/iban.js";
import { addOne, changeOne, dropOne, formattings, fromPattern, otherKind, transpose } from "./mutations.js";

export interface Vector {
  value: string;
  /** The country or prefix the vector was built for, for the explanation of a difference. */
  country: string;
}

const SPECS = getCountrySpecifications();
/** Every country ibantools has a BBAN pattern for, registry members and countries that only experiment. */
const PATTERNED = Object.entries(SPECS)
  .filter(([, spec]) => spec.bban_regexp !== null && spec.chars !== null)
  .map(([country, spec]) => [country, spec.bban_regexp as string] as const);
/** Countries without IBANs, or codes of no country. */
const NO_IBAN = ["US", "CA", "AU", "JP", "CN", "ZZ"];

const withCheck = (country: string, bban: string) => `${country}${ibanCheckDigits(country, bban)}${bban}`;

/**
 * A BBAN in the country's pattern with the IBAN check digits computed. Where the country also has
 * national check digits, random BBANs are drawn until one carries them: the validator under test
 * picks it, and the reference says independently whether it is right.
 */
function validIban(random: Random, country: string, pattern: string): string {
  let iban = withCheck(country, fromPattern(random, pattern));
  for (let tries = 0; tries < 5000 && !isValidIban(iban); tries++)
    iban = withCheck(country, fromPattern(random, pattern));
  return iban;
}

/** About 35 vectors per country: valid IBANs and their mutations, formatted variants and non-IBAN countries. */
export function ibanVectors(random: Random): Vector[] {
  const out: Vector[] = [];
  const add = (country: string, value: string) => out.push({ value, country });
  for (const [country, pattern] of PATTERNED) {
    for (let i = 0; i < 2; i++) {
      const iban = validIban(random, country, pattern);
      const bban = iban.slice(4);
      add(country, iban);
      add(country, changeOne(random, iban, 2));
      add(country, transpose(random, iban, 2));
      add(country, dropOne(random, iban, 4));
      add(country, addOne(random, iban, 4));
      // Only the account changed, with the IBAN check digits made right again: the national check must catch it.
      add(country, withCheck(country, changeOne(random, bban, 0)));
      add(country, withCheck(country, changeOne(random, bban, 0)));
      // A letter where the structure may want a digit, or the reverse: only the BBAN structure decides.
      for (let k = 0; k < 4; k++) add(country, withCheck(country, otherKind(random, bban, 0)));
      // Wrong length or wrong country with correct IBAN check digits: only the BBAN structure catches it.
      add(country, withCheck(country, dropOne(random, bban, 0)));
      add(country, withCheck(country, addOne(random, bban, 0)));
      const other = random.pick(PATTERNED)[0];
      add(other, withCheck(other, bban));
      for (const variant of formattings(iban)) add(country, variant);
    }
  }
  for (const country of NO_IBAN) {
    for (let i = 0; i < 20; i++) add(country, withCheck(country, fromPattern(random, `[0-9]{${random.int(11, 26)}}`)));
  }
  return out;
}
