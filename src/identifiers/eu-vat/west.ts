/** VAT numbers of Belgium, France, Ireland, Luxembourg, the Netherlands and Northern Ireland. */
import { isValidBtwId } from "../btw.js";
import { isDigits, luhnChecksum, weightedSum, type NationalCheck } from "./checksums.js";

/**
 * Belgium, BTW/TVA: the ten-digit enterprise number (normalised: a leading 0 written "(0)" or left
 * out is restored), not all zero, whose last two digits are 97 minus the first eight mod 97.
 */
const belgium: NationalCheck = (n) => {
  if (!/^\d{10}$/.test(n) || /^0+$/.test(n)) return false;
  return (Number(n.slice(0, 8)) + Number(n.slice(8))) % 97 === 0;
};

/** The 34 characters of a French check key: digits, then letters without I and O. */
const FRENCH_KEY = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/**
 * France, TVA intracommunautaire: a two-character key and the nine-digit SIREN (Luhn, unless it
 * starts with 000). A numeric key is (SIREN * 100 + 12) mod 97; the newer alphanumeric keys follow
 * the tax authority's mod 11 scheme.
 */
const france: NationalCheck = (n) => {
  const key0 = FRENCH_KEY.indexOf(n[0] ?? "?");
  const key1 = FRENCH_KEY.indexOf(n[1] ?? "?");
  const siren = n.slice(2);
  if (n.length !== 11 || key0 < 0 || key1 < 0 || !isDigits(siren)) return false;
  if (!siren.startsWith("000") && luhnChecksum(siren) !== 0) return false;
  if (isDigits(n.slice(0, 2))) return Number(n.slice(0, 2)) === Number(`${siren}12`) % 97;
  const check = key0 < 10 ? key0 * 24 + key1 - 10 : key0 * 34 + key1 - 100;
  return (Number(siren) + 1 + Math.floor(check / 11)) % 11 === check % 11;
};

/** The check letters of Irish numbers: W stands for 0 (or no second letter), A-V for 1-22. */
const IRISH_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV";

/** The Irish check letter of seven digits and an optional second letter (weights 8..2, the letter times 9, mod 23). */
function irishCheckLetter(sevenDigits: string, second: string): string {
  const sum = weightedSum(sevenDigits, [8, 7, 6, 5, 4, 3, 2]) + 9 * Math.max(0, IRISH_LETTERS.indexOf(second));
  return IRISH_LETTERS[sum % 23] as string;
}

/**
 * Ireland, VAT: seven digits, a check letter and since 2013 an optional second letter; or the old
 * form, digit, letter or + or *, five digits, check letter, whose check moves the first digit last.
 */
const ireland: NationalCheck = (n) => {
  if ((n.length !== 8 && n.length !== 9) || !isDigits(n.slice(0, 1)) || !isDigits(n.slice(2, 7))) return false;
  if (![...n.slice(7)].every((char) => IRISH_LETTERS.includes(char))) return false;
  if (isDigits(n.slice(0, 7))) return n[7] === irishCheckLetter(n.slice(0, 7), n.slice(8));
  if (!/^[A-Z+*]$/.test(n[1] as string)) return false;
  return n[7] === irishCheckLetter(`0${n.slice(2, 7)}${n[0] as string}`, "");
};

/** Luxembourg, TVA: eight digits, the last two the first six mod 89. */
const luxembourg: NationalCheck = (n) => /^\d{8}$/.test(n) && Number(n.slice(0, 6)) % 89 === Number(n.slice(6));

/** The Netherlands: the BTW-id, with its own check. */
const netherlands: NationalCheck = (n) => isValidBtwId(`NL${n}`);

/**
 * Northern Ireland (XI), UK VAT numbers: nine digits, or twelve for a branch, weights 8..2 10 1 mod 97
 * giving 0 (or 42 or 55 for the series issued since 2010, numbers from 100 on); government
 * departments GD000-GD499 and health authorities HA500-HA999, also as GD8888/HA8888 plus digits and a mod 97 check.
 */
const northernIreland: NationalCheck = (n) => {
  if (n.length === 5) {
    if (!isDigits(n.slice(2))) return false;
    const serial = Number(n.slice(2));
    return (n.startsWith("GD") && serial < 500) || (n.startsWith("HA") && serial >= 500);
  }
  if (n.length === 11 && (n.startsWith("GD8888") || n.startsWith("HA8888"))) {
    if (!isDigits(n.slice(6))) return false;
    const serial = Number(n.slice(6, 9));
    const inRange = n.startsWith("GD") ? serial < 500 : serial >= 500;
    return inRange && serial % 97 === Number(n.slice(9));
  }
  if ((n.length !== 9 && n.length !== 12) || !isDigits(n)) return false;
  const remainder = weightedSum(n, [8, 7, 6, 5, 4, 3, 2, 10, 1]) % 97;
  return Number(n.slice(0, 3)) >= 100 ? [0, 42, 55].includes(remainder) : remainder === 0;
};

export const WEST: Record<string, NationalCheck> = {
  BE: belgium,
  FR: france,
  IE: ireland,
  LU: luxembourg,
  NL: netherlands,
  XI: northernIreland,
};
