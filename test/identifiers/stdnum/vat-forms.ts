import type { Random } from "../../../src/demo/random.js";

/**
 * Templates of each member state's VAT numbers (national part), with "?" where check characters
 * go. The test completes every "?" from the alphabet given, so the valid numbers among the
 * completions are the ones whose check digits are right; the rest are numbers with a wrong check.
 */
export interface Form {
  prefix: string;
  make(random: Random): string;
  alphabet: string;
}

const DIGITS = "0123456789";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

const pad = (value: number, length: number) => String(value).padStart(length, "0");
/** A day that exists in every month (the tests are not about the 31st). */
const day = (random: Random) => pad(random.int(1, 28), 2);
const month = (random: Random) => pad(random.int(1, 12), 2);
const year = (random: Random) => pad(random.int(0, 99), 2);
const nonZero = (random: Random) => String(random.int(1, 9));

const form = (prefix: string, alphabet: string, make: (random: Random) => string): Form => ({ prefix, alphabet, make });

export const FORMS: Form[] = [
  form("AT", DIGITS, (r) => `U${r.digits(7)}?`),
  form("BE", DIGITS, (r) => `${r.pick(["0", "1"])}${r.digits(7)}??`),
  form("BG", DIGITS, (r) => `${r.digits(8)}?`),
  form("BG", DIGITS, (r) => `${year(r)}${pad(Number(month(r)) + r.pick([0, 20, 40]), 2)}${day(r)}${r.digits(3)}?`),
  form("BG", DIGITS, (r) => `${r.digits(9)}?`),
  form("CY", LETTERS, (r) => `${r.pick(["0", "1", "3", "4", "5", "9"])}${r.digits(7)}?`),
  form("CZ", DIGITS, (r) => `${r.int(0, 8)}${r.digits(6)}?`),
  form("CZ", DIGITS, (r) => `6${r.digits(7)}?`),
  form(
    "CZ",
    DIGITS,
    (r) => `${pad(r.int(54, 99), 2)}${pad(Number(month(r)) + r.pick([0, 50]), 2)}${day(r)}${r.digits(3)}?`,
  ),
  form(
    "CZ",
    DIGITS,
    (r) => `${pad(r.int(0, 53), 2)}${pad(Number(month(r)) + r.pick([0, 50]), 2)}${day(r)}${r.digits(2)}?`,
  ),
  form("DE", DIGITS, (r) => `${nonZero(r)}${r.digits(7)}?`),
  form("DK", DIGITS, (r) => `${nonZero(r)}${r.digits(6)}?`),
  form("EE", DIGITS, (r) => `10${r.digits(6)}?`),
  form("EL", DIGITS, (r) => `${r.pick(["0", "0", "9", "8"])}${r.digits(7)}?`),
  form("ES", LETTERS, (r) => `${r.digits(8)}?`),
  form("ES", LETTERS, (r) => `${r.pick(["X", "Y", "Z", "K", "L", "M"])}${r.digits(7)}?`),
  form("ES", `${DIGITS}JABCDEFGHI`, (r) => `${r.pick([..."ABCDEFGHJNPQRSUVW"])}${r.digits(7)}?`),
  form("FI", DIGITS, (r) => `${r.digits(7)}?`),
  form("FR", DIGITS, (r) => `??${r.digits(9)}`),
  form("FR", "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", (r) => `${r.pick([..."ABCDEFGHJK0123"])}?${r.digits(9)}`),
  form("FR", DIGITS, (r) => `??000${r.digits(6)}`),
  form("HR", DIGITS, (r) => `${r.digits(10)}?`),
  form("HU", DIGITS, (r) => `${r.digits(7)}?`),
  form("IE", "WABCDEFGHIJKLMNOPQRSTUV", (r) => `${r.digits(7)}?`),
  form("IE", "WABCDEFGHIJKLMNOPQRSTUV", (r) => `${r.digits(7)}?${r.pick(["A", "H", "W"])}`),
  form("IE", "WABCDEFGHIJKLMNOPQRSTUV", (r) => `${r.digits(1)}${r.pick([...LETTERS, "+", "*"])}${r.digits(5)}?`),
  form(
    "IT",
    DIGITS,
    (r) => `${r.digits(7)}${r.pick(["001", "050", "100", "120", "121", "888", "999", "200", "000"])}?`,
  ),
  form("LT", DIGITS, (r) => `${r.digits(7)}1?`),
  form("LT", DIGITS, (r) => `${r.digits(10)}1?`),
  form("LU", DIGITS, (r) => `${r.digits(6)}??`),
  form("LV", DIGITS, (r) => `${r.int(4, 9)}${r.digits(9)}?`),
  form("LV", DIGITS, (r) => `${day(r)}${month(r)}${year(r)}${r.int(0, 2)}${r.digits(3)}?`),
  form("MT", DIGITS, (r) => `${nonZero(r)}${r.digits(5)}??`),
  form("NL", DIGITS, (r) => `${r.digits(8)}?B${pad(r.int(1, 99), 2)}`),
  form("NL", DIGITS, (r) => `${r.digits(9)}B??`),
  form("PL", DIGITS, (r) => `${r.digits(9)}?`),
  form("PT", DIGITS, (r) => `${nonZero(r)}${r.digits(7)}?`),
  form("RO", DIGITS, (r) => `${nonZero(r)}${r.digits(r.int(0, 8))}?`),
  form("RO", DIGITS, (r) => `${r.int(1, 6)}${year(r)}${month(r)}${day(r)}${r.digits(5)}?`),
  form("SE", DIGITS, (r) => `${r.digits(9)}?01`),
  form("SI", DIGITS, (r) => `${nonZero(r)}${r.digits(6)}?`),
  form("SK", DIGITS, (r) => `${nonZero(r)}${r.digits(1)}${r.pick([..."234789"])}${r.digits(6)}?`),
  form(
    "SK",
    DIGITS,
    (r) => `${pad(r.int(54, 99), 2)}${pad(Number(month(r)) + r.pick([0, 50]), 2)}${day(r)}${r.digits(3)}?`,
  ),
  form("XI", DIGITS, (r) => `${r.digits(7)}??`),
  form("XI", DIGITS, (r) => `${r.digits(7)}??${r.digits(3)}`),
  form("XI", DIGITS, (r) => `${r.pick(["GD", "HA"])}${r.digits(2)}?`),
  form("XI", DIGITS, (r) => `${r.pick(["GD8888", "HA8888"])}${r.digits(3)}??`),
];
