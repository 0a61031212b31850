/**
 * Personal numbers that some member states use as the VAT number of a sole trader. Each encodes a
 * date of birth, which must exist, and ends in a check digit.
 */
import { isDigits, isRealDate, modulo, weightedSum } from "./checksums.js";

/**
 * Czech and Slovak rodné číslo: YYMMDD plus three digits (issued until 1953) or four (since 1954).
 * Women add 50 to the month, and since 2004 either may add 20. The ten-digit form is 0 mod 11;
 * before 1985 a remainder of 10 was written as check digit 0.
 */
export function isCzechSlovakBirthNumber(text: string): boolean {
  if (!isDigits(text) || (text.length !== 9 && text.length !== 10)) return false;
  let year = 1900 + Number(text.slice(0, 2));
  const month = (Number(text.slice(2, 4)) % 50) % 20;
  const day = Number(text.slice(4, 6));
  if (text.length === 9) {
    if (year >= 1980) year -= 100;
    if (year > 1953) return false;
  } else if (year < 1954) {
    year += 100;
  }
  if (!isRealDate(year, month, day)) return false;
  if (text.length === 9) return true;
  const remainder = Number(text.slice(0, 9)) % 11;
  const check = year < 1985 ? remainder % 10 : remainder;
  return String(check) === text[9];
}

/** Bulgarian ЕГН: YYMMDD (month +20 for the 1800s, +40 for the 2000s), three digits, a weighted check. */
export function isBulgarianEgn(text: string): boolean {
  if (!isDigits(text) || text.length !== 10) return false;
  let year = 1900 + Number(text.slice(0, 2));
  let month = Number(text.slice(2, 4));
  if (month > 40) {
    year += 100;
    month -= 40;
  } else if (month > 20) {
    year -= 100;
    month -= 20;
  }
  if (!isRealDate(year, month, Number(text.slice(4, 6)))) return false;
  return (weightedSum(text, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10 === Number(text[9]);
}

/** Bulgarian ЛНЧ, the personal number of a foreigner: ten digits and a weighted check mod 10. */
export function isBulgarianForeignerNumber(text: string): boolean {
  if (!isDigits(text) || text.length !== 10) return false;
  return weightedSum(text, [21, 19, 17, 13, 11, 9, 7, 3, 1]) % 10 === Number(text[9]);
}

const CNP_CENTURIES: Record<string, number> = { "1": 1900, "2": 1900, "3": 1800, "4": 1800, "5": 2000, "6": 2000 };

/** Romanian CNP: sex and century digit, YYMMDD, county and serial, a check digit (remainder 10 is 1). */
export function isRomanianCnp(text: string): boolean {
  if (!isDigits(text) || text.length !== 13 || text[0] === "0") return false;
  const year = Number(text.slice(1, 3)) + (CNP_CENTURIES[text[0] as string] ?? 1900);
  if (!isRealDate(year, Number(text.slice(3, 5)), Number(text.slice(5, 7)))) return false;
  const remainder = weightedSum(text, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (remainder === 10 ? 1 : remainder) === Number(text[12]);
}

/** Latvian personas kods: DDMMYY, a century digit (0 = 1800s, 1 = 1900s, 2 = 2000s), three digits, a check. */
export function isLatvianPersonalCode(text: string): boolean {
  if (!isDigits(text) || text.length !== 11) return false;
  const year = Number(text.slice(4, 6)) + 1800 + Number(text[6]) * 100;
  if (!isRealDate(year, Number(text.slice(2, 4)), Number(text.slice(0, 2)))) return false;
  const check = modulo(1 + weightedSum(text, [10, 5, 8, 4, 2, 1, 6, 3, 7, 9]), 11) % 10;
  return check === Number(text[10]);
}
