/** VAT numbers of Bulgaria, Cyprus, Greece, Spain, Croatia, Italy, Malta, Portugal and Romania. */
import { isBulgarianEgn, isBulgarianForeignerNumber, isRomanianCnp } from "./birth-numbers.js";
import {
  isDigits,
  luhnCheckDigit,
  luhnChecksum,
  modulo,
  passesMod11_10,
  weightedSum,
  type NationalCheck,
} from "./checksums.js";

/**
 * Bulgaria, ДДС: nine digits for a legal person (weights 1..8, or 3..10 when the first remainder is 10),
 * or ten digits: a personal number (ЕГН), a foreigner's number (ЛНЧ) or another ten-digit number
 * (weights 4 3 2 7 6 5 4 3 2, 11 minus the sum mod 11).
 */
const bulgaria: NationalCheck = (n) => {
  if (!isDigits(n)) return false;
  if (n.length === 9) {
    let check = weightedSum(n, [1, 2, 3, 4, 5, 6, 7, 8]) % 11;
    if (check === 10) check = weightedSum(n, [3, 4, 5, 6, 7, 8, 9, 10]) % 11;
    return check % 10 === Number(n[8]);
  }
  if (n.length !== 10) return false;
  if (isBulgarianEgn(n) || isBulgarianForeignerNumber(n)) return true;
  return modulo(11 - weightedSum(n, [4, 3, 2, 7, 6, 5, 4, 3, 2]), 11) === Number(n[9]);
};

/** Values Cyprus gives the digits in odd positions (first, third, ...) before summing. */
const CYPRIOT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];

/** Cyprus, ΦΠΑ: eight digits, not starting with 12, and a check letter (the mapped sum mod 26). */
const cyprus: NationalCheck = (n) => {
  if (!/^\d{8}[A-Z]$/.test(n) || n.startsWith("12")) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += i % 2 === 0 ? (CYPRIOT_ODD[Number(n[i])] as number) : Number(n[i]);
  return String.fromCharCode(65 + (sum % 26)) === n[8];
};

/** Greece, ΑΦΜ: nine digits (normalised: eight get a leading 0); the first eight weighted by powers of two, mod 11, mod 10. */
const greece: NationalCheck = (n) => {
  if (!/^\d{9}$/.test(n)) return false;
  let sum = 0;
  for (const char of n.slice(0, 8)) sum = sum * 2 + Number(char);
  return ((sum * 2) % 11) % 10 === Number(n[8]);
};

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** Spanish control letter of a number: the remainder mod 23 picks it. */
const dniLetter = (digits: string) => DNI_LETTERS[Number(digits) % 23];

/**
 * Spain, NIF: nine characters. A DNI (eight digits and its letter), an NIE (X, Y or Z for 0, 1, 2,
 * seven digits, letter), K/L/M and seven digits with a DNI letter, or a CIF (organisation letter,
 * seven digits, and a Luhn check written as digit or as one of JABCDEFGHI).
 */
const spain: NationalCheck = (n) => {
  if (n.length !== 9 || !isDigits(n.slice(1, 8))) return false;
  const first = n[0] as string;
  const last = n[8] as string;
  if ("KLM".includes(first)) return last === dniLetter(n.slice(1, 8));
  if (isDigits(first)) return last === dniLetter(n.slice(0, 8));
  if ("XYZ".includes(first)) return last === dniLetter(`${"XYZ".indexOf(first)}${n.slice(1, 8)}`);
  if (!"ABCDEFGHJNPQRSUVW".includes(first)) return false;
  const check = luhnCheckDigit(n.slice(1, 8));
  return last === String(check) || last === "JABCDEFGHI"[check];
};

/** Croatia, OIB: eleven digits, ISO 7064 MOD 11,10. */
const croatia: NationalCheck = (n) => /^\d{11}$/.test(n) && passesMod11_10(n);

/** Provincial office codes of an Italian partita IVA: 001-100, plus 120, 121, 888 and 999. */
function isItalianOffice(code: string): boolean {
  const value = Number(code);
  return (value >= 1 && value <= 100) || ["120", "121", "888", "999"].includes(code);
}

/** Italy, partita IVA: eleven digits, a non-zero serial, an office code and a Luhn check. */
const italy: NationalCheck = (n) =>
  /^\d{11}$/.test(n) && Number(n.slice(0, 7)) !== 0 && isItalianOffice(n.slice(7, 10)) && luhnChecksum(n) === 0;

/** Malta: eight digits, not starting with 0, weights 3 4 6 7 8 9 10 1, 0 mod 37. */
const malta: NationalCheck = (n) => /^[1-9]\d{7}$/.test(n) && weightedSum(n, [3, 4, 6, 7, 8, 9, 10, 1]) % 37 === 0;

/** Portugal, NIF: nine digits, not starting with 0, weights 9..2, 11 minus the sum mod 11 (10 gives 0). */
const portugal: NationalCheck = (n) =>
  /^[1-9]\d{8}$/.test(n) && modulo(11 - weightedSum(n, [9, 8, 7, 6, 5, 4, 3, 2]), 11) % 10 === Number(n[8]);

/**
 * Romania, CIF: two to ten digits, not starting with 0, the last a check over the others padded to
 * nine (weights 7 5 3 2 1 7 5 3 2, times 10, mod 11, mod 10); or a person's CNP of thirteen digits.
 */
const romania: NationalCheck = (n) => {
  if (n.length === 13) return isRomanianCnp(n);
  if (!/^[1-9]\d{1,9}$/.test(n)) return false;
  const body = n.slice(0, -1).padStart(9, "0");
  return ((10 * weightedSum(body, [7, 5, 3, 2, 1, 7, 5, 3, 2])) % 11) % 10 === Number(n[n.length - 1]);
};

export const SOUTH: Record<string, NationalCheck> = {
  BG: bulgaria,
  CY: cyprus,
  EL: greece,
  ES: spain,
  HR: croatia,
  IT: italy,
  MT: malta,
  PT: portugal,
  RO: romania,
};
