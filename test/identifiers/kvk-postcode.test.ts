import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidKvkBranchNumber, isValidKvkNumber } from "../../src/identifiers/kvk.js";
import { isDutchPostcode, normalizePostcode } from "../../src/identifiers/postcode.js";

describe("KvK numbers", () => {
  it("checks the format of KvK and branch numbers", () => {
    expect(isValidKvkNumber("90123456")).toBe(true);
    expect(isValidKvkNumber("9012345")).toBe(false);
    expect(isValidKvkNumber("901234567")).toBe(false);
    expect(isValidKvkNumber("9012345a")).toBe(false);
    expect(isValidKvkBranchNumber("000012345678")).toBe(true);
    expect(isValidKvkBranchNumber("90123456")).toBe(false);
  });
});

describe("Dutch postcode", () => {
  it("accepts postcodes with and without the space", () => {
    expect(isDutchPostcode("3511 ED")).toBe(true);
    expect(isDutchPostcode("3511ED")).toBe(true);
  });

  it("rejects a leading zero, lower case, the unused letter pairs and junk", () => {
    for (const bad of ["0511 ED", "3511 ed", "3511 SA", "3511 SD", "3511 SS", "351 ED", "3511  ED", "3511 E", ""]) {
      expect(isDutchPostcode(bad), bad).toBe(false);
    }
  });

  it("normalises spacing and case", () => {
    expect(normalizePostcode(" 3511ed ")).toBe("3511 ED");
    expect(normalizePostcode("3511 sa")).toBeUndefined();
    expect(normalizePostcode("NL-3511 ED")).toBe("3511 ED");
    expect(normalizePostcode("nl 3511ed")).toBe("3511 ED");
    expect(normalizePostcode("3511-ed")).toBe("3511 ED");
  });

  it("accepts every generated postcode outside the unused pairs", () => {
    const letter = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ".split(""));
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), letter, letter, fc.boolean(), (n, a, b, space) => {
        const text = `${n}${space ? " " : ""}${a}${b}`;
        expect(isDutchPostcode(text)).toBe(!["SA", "SD", "SS"].includes(a + b));
      }),
    );
  });
});
