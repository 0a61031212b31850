import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidBsn, normalizeBsn } from "../../src/identifiers/bsn.js";
import { passesElevenTest } from "../../src/identifiers/eleven-test.js";

/** Completes eight digits with the ninth that makes the eleven-test hold, or undefined when none does. */
function completeBsn(eight: number[]): string | undefined {
  const sum = eight.reduce((acc, d, i) => acc + d * (9 - i), 0);
  const check = sum % 11;
  return check === 10 ? undefined : `${eight.join("")}${check}`;
}

const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map(completeBsn)
  .filter((bsn): bsn is string => bsn !== undefined && bsn !== "000000000");

describe("BSN", () => {
  it("accepts the known valid numbers", () => {
    expect(isValidBsn("111222333")).toBe(true);
    expect(isValidBsn("123456782")).toBe(true);
  });

  it("rejects wrong check digits, wrong lengths, letters and all zeros", () => {
    for (const bad of ["123456781", "111222334", "12345678", "1234567890", "12345678a", "", "000000000", "00000000"]) {
      expect(isValidBsn(bad), bad).toBe(false);
    }
  });

  it("pads an eight-digit BSN with a leading zero", () => {
    // 012345672: 0*9 + 1*8 + 2*7 + 3*6 + 4*5 + 5*4 + 6*3 + 7*2 - 2 = 110, divisible by 11.
    expect(normalizeBsn("12345672")).toBe("012345672");
    expect(isValidBsn("12345672")).toBe(true);
    expect(normalizeBsn("1234 56 782")).toBe("123456782");
    expect(normalizeBsn("1234567")).toBeUndefined();
  });

  it("validates every number built to pass the eleven-test", () => {
    fc.assert(fc.property(validBsn, (bsn) => isValidBsn(bsn) && passesElevenTest(bsn)));
  });

  it("rejects a valid BSN with one digit changed", () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (bsn, at, delta) => {
        const digit = (Number(bsn[at]) + delta) % 10;
        const changed = `${bsn.slice(0, at)}${digit}${bsn.slice(at + 1)}`;
        expect(isValidBsn(changed)).toBe(false);
      }),
    );
  });

  it("rejects a valid BSN with two neighbouring digits swapped", () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: 7 }), (bsn, at) => {
        fc.pre(bsn[at] !== bsn[at + 1]);
        const swapped = `${bsn.slice(0, at)}${bsn[at + 1]}${bsn[at]}${bsn.slice(at + 2)}`;
        expect(isValidBsn(swapped)).toBe(false);
      }),
    );
  });
});
