import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidBtwId, normalizeBtwId } from "../../src/identifiers/btw.js";
import { passesElevenTest } from "../../src/identifiers/eleven-test.js";
import { mod97 } from "../../src/identifiers/mod97.js";

describe("BTW-id", () => {
  it("accepts a post-2020 number that is 1 mod 97", () => {
    expect(mod97("NL002455799B11")).toBe(1);
    expect(isValidBtwId("NL002455799B11")).toBe(true);
    expect(isValidBtwId("nl 0024.55.799 b11")).toBe(true);
    expect(normalizeBtwId("nl 0024.55.799 b11")).toBe("NL002455799B11");
  });

  it("accepts an old number whose fiscal number passes the eleven-test", () => {
    expect(passesElevenTest("123456782")).toBe(true);
    expect(isValidBtwId("NL123456782B01")).toBe(true);
  });

  it("rejects wrong formats and numbers that pass neither test", () => {
    for (const bad of [
      "NL002455799B12",
      "NL123456781B01",
      "NL12345678B01",
      "BE0123456789",
      "NL123456782X01",
      "NL123456782B1",
      "",
    ]) {
      expect(isValidBtwId(bad), bad).toBe(false);
    }
  });

  it("rejects the B00 suffix and an all-zero number, which are never issued", () => {
    expect(passesElevenTest("123456782")).toBe(true);
    expect(isValidBtwId("NL123456782B00")).toBe(false);
    expect(passesElevenTest("000000000")).toBe(true);
    expect(isValidBtwId("NL000000000B01")).toBe(false);
  });

  it("normalises the ways a BTW-id is written before checking it", () => {
    for (const written of [
      "NL-002455799B11",
      "nl-0024-55-799-b11",
      "NL 0024.55.799.B11",
      "002455799B11",
      "NL2455799B11",
    ]) {
      expect(normalizeBtwId(written), written).toBe("NL002455799B11");
      expect(isValidBtwId(written), written).toBe(true);
    }
  });

  const nineDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((d) => d.join(""));

  /** The 2020-style id for these digits: the two final digits chosen so the whole string is 1 mod 97. */
  const withCheckDigits = (nine: string) => {
    const base = mod97(`NL${nine}B`) as number;
    const suffix = (((1 - base * 100) % 97) + 97) % 97;
    return `NL${nine}B${String(suffix).padStart(2, "0")}`;
  };

  it("accepts an old-style id for any fiscal number that passes the eleven-test, whatever the suffix but B00", () => {
    fc.assert(
      fc.property(nineDigits, fc.integer({ min: 0, max: 99 }), (nine, suffix) => {
        fc.pre(passesElevenTest(nine) && nine !== "000000000" && suffix !== 0);
        expect(isValidBtwId(`NL${nine}B${String(suffix).padStart(2, "0")}`)).toBe(true);
      }),
    );
  });

  it("accepts a 2020-style id with computed check digits and rejects it with one digit changed", () => {
    fc.assert(
      fc.property(nineDigits, fc.integer({ min: 2, max: 10 }), fc.integer({ min: 1, max: 9 }), (nine, at, delta) => {
        const id = withCheckDigits(nine);
        fc.pre(!id.endsWith("B00") && nine !== "000000000");
        expect(isValidBtwId(id)).toBe(true);
        const changed = `${id.slice(0, at)}${(Number(id[at]) + delta) % 10}${id.slice(at + 1)}`;
        fc.pre(!passesElevenTest(changed.slice(2, 11)));
        expect(isValidBtwId(changed)).toBe(false);
      }),
    );
  });
});
