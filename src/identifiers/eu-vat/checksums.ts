/** Arithmetic the national VAT number checks share: weighted sums, Luhn, ISO 7064 MOD 11,10. */

/** A checker for the national part of a VAT number (after the country prefix, compacted). */
export type NationalCheck = (national: string) => boolean;

export function isDigits(text: string): boolean {
  return /^[0-9]+$/.test(text);
}

/** The remainder as mathematicians take it: never negative, also for negative sums. */
export function modulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

/** Sum of digit times weight, pairing the digits of `digits` with `weights` from the left. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length && i < digits.length; i++) sum += Number(digits[i]) * (weights[i] as number);
  return sum;
}

/** The Luhn sum mod 10: from the right, every second digit doubled and its digits added. 0 means valid. */
export function luhnChecksum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const value = i % 2 === 1 ? digit * 2 : digit;
    sum += value > 9 ? value - 9 : value;
  }
  return sum % 10;
}

/** The digit that, appended, makes `digits` pass the Luhn check. */
export function luhnCheckDigit(digits: string): number {
  return (10 - luhnChecksum(`${digits}0`)) % 10;
}

/** ISO 7064 MOD 11,10 (hybrid system, used in Germany and Croatia): the full string carries its check digit. */
export function passesMod11_10(digits: string): boolean {
  let product = 10;
  for (const char of digits.slice(0, -1)) {
    const sum = (product + Number(char)) % 10;
    product = ((sum === 0 ? 10 : sum) * 2) % 11;
  }
  return (11 - product) % 10 === Number(digits[digits.length - 1]);
}

/** Whether year-month-day is a date of the proleptic Gregorian calendar (years 1 to 9999). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
