/** VAT numbers of Denmark, Estonia, Finland, Lithuania, Latvia and Sweden. */
import { isLatvianPersonalCode } from "./birth-numbers.js";
import { luhnChecksum, weightedSum, type NationalCheck } from "./checksums.js";

/** Denmark, CVR: eight digits, not starting with 0, weights 2 7 6 5 4 3 2 1, 0 mod 11. */
const denmark: NationalCheck = (n) => /^[1-9]\d{7}$/.test(n) && weightedSum(n, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;

/** Estonia, KMKR: nine digits, weights 3 7 1, 0 mod 10. */
const estonia: NationalCheck = (n) => /^\d{9}$/.test(n) && weightedSum(n, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0;

/** Finland, ALV (the Y-tunnus without its dash): eight digits, weights 7 9 10 5 8 4 2 1, 0 mod 11. */
const finland: NationalCheck = (n) => /^\d{8}$/.test(n) && weightedSum(n, [7, 9, 10, 5, 8, 4, 2, 1]) % 11 === 0;

/**
 * Lithuania, PVM: nine digits (legal persons) or twelve (others), a 1 before the check digit's
 * neighbour; the check uses weights 1..9 repeating, and on a remainder of 10 weights shifted by two.
 */
const lithuania: NationalCheck = (n) => {
  if (!/^(\d{9}|\d{12})$/.test(n) || n[n.length - 2] !== "1") return false;
  const body = n.slice(0, -1);
  const weights = (shift: number) => [...body].map((_, i) => 1 + ((i + shift) % 9));
  let check = weightedSum(body, weights(0)) % 11;
  if (check === 10) check = weightedSum(body, weights(2)) % 11;
  return check % 10 === Number(n[n.length - 1]);
};

/**
 * Latvia, PVN: eleven digits. A first digit above 3 marks a legal person (weights 9 1 4 8 3 10 2 5 7 6 1
 * give 3 mod 11); otherwise the number is a personal code with a date of birth.
 */
const latvia: NationalCheck = (n) => {
  if (!/^\d{11}$/.test(n)) return false;
  if ((n[0] as string) > "3") return weightedSum(n, [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 === 3;
  return isLatvianPersonalCode(n);
};

/** Sweden, momsregistreringsnummer: the ten-digit organisation number (Luhn) followed by 01. */
const sweden: NationalCheck = (n) => /^\d{10}01$/.test(n) && luhnChecksum(n.slice(0, 10)) === 0;

export const NORTH: Record<string, NationalCheck> = {
  DK: denmark,
  EE: estonia,
  FI: finland,
  LT: lithuania,
  LV: latvia,
  SE: sweden,
};
