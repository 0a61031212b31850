/**
 * The Dutch eleven-test ("elfproef") on nine digits: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11.
 * Used by the BSN and by the fiscal number inside an old-style BTW-id.
 */
export function passesElevenTest(nineDigits: string): boolean {
  if (!/^\d{9}$/.test(nineDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(nineDigits[i]) * (9 - i);
  sum -= Number(nineDigits[8]);
  return sum % 11 === 0;
}
