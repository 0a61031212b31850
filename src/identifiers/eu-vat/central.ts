/** VAT numbers of Austria, the Czech Republic, Germany, Hungary, Poland, Slovenia and Slovakia. */
import { isCzechSlovakBirthNumber } from "./birth-numbers.js";
import { isDigits, luhnChecksum, modulo, passesMod11_10, weightedSum, type NationalCheck } from "./checksums.js";

/** Austria, UID: U and eight digits; the last is a Luhn-style check over the seven before it, offset by 4. */
const austria: NationalCheck = (n) =>
  /^U\d{8}$/.test(n) && modulo(6 - luhnChecksum(n.slice(1, 8)), 10) === Number(n[8]);

/**
 * Czech Republic, DIČ: eight digits for a legal person (weights 8..2, mod 11, never starting with 9),
 * nine digits starting with 6 for some individuals, otherwise the person's birth number.
 */
const czechia: NationalCheck = (n) => {
  if (!isDigits(n)) return false;
  if (n.length === 8) {
    if (n[0] === "9") return false;
    const check = modulo(11 - weightedSum(n, [8, 7, 6, 5, 4, 3, 2]), 11);
    return (check === 0 ? 1 : check) % 10 === Number(n[7]);
  }
  if (n.length === 9 && n[0] === "6") {
    const remainder = weightedSum(n.slice(1), [8, 7, 6, 5, 4, 3, 2]) % 11;
    return modulo(8 - modulo(10 - remainder, 11), 10) === Number(n[8]);
  }
  return isCzechSlovakBirthNumber(n);
};

/** Germany, USt-IdNr.: nine digits, not starting with 0, ISO 7064 MOD 11,10. */
const germany: NationalCheck = (n) => /^[1-9]\d{8}$/.test(n) && passesMod11_10(n);

/** Hungary, adószám (first eight digits): weights 9 7 3 1, 0 mod 10. */
const hungary: NationalCheck = (n) => /^\d{8}$/.test(n) && weightedSum(n, [9, 7, 3, 1, 9, 7, 3, 1]) % 10 === 0;

/** Poland, NIP: ten digits, weights 6 5 7 2 3 4 5 6 7 and the check digit subtracted, 0 mod 11. */
const poland: NationalCheck = (n) =>
  /^\d{10}$/.test(n) && modulo(weightedSum(n, [6, 5, 7, 2, 3, 4, 5, 6, 7, -1]), 11) === 0;

/** Slovenia, ID za DDV: eight digits, not starting with 0, weights 8..2 mod 11 (10 gives 0, 11 none). */
const slovenia: NationalCheck = (n) => {
  if (!/^[1-9]\d{7}$/.test(n)) return false;
  const check = 11 - (weightedSum(n, [8, 7, 6, 5, 4, 3, 2]) % 11);
  return (check === 10 ? 0 : check) === Number(n[7]);
};

/** Slovakia, IČ DPH: ten digits, a birth number or a legal person's number (third digit 2-4 or 7-9, 0 mod 11). */
const slovakia: NationalCheck = (n) => {
  if (!/^\d{10}$/.test(n)) return false;
  if (isCzechSlovakBirthNumber(n)) return true;
  return n[0] !== "0" && "234789".includes(n[2] as string) && Number(n) % 11 === 0;
};

export const CENTRAL: Record<string, NationalCheck> = {
  AT: austria,
  CZ: czechia,
  DE: germany,
  HU: hungary,
  PL: poland,
  SI: slovenia,
  SK: slovakia,
};
