import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ibanCheckDigits, isValidIban, normalizeIban } from "../../src/identifiers/iban.js";

const alnum = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split(""));
const nlBody = fc
  .tuple(
    fc.array(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("")), { minLength: 4, maxLength: 4 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }),
  )
  .map(([bank, account]) => `${bank.join("")}${account.join("")}`);

describe("IBAN", () => {
  it("accepts known valid IBANs, also with spaces and in lower case", () => {
    expect(isValidIban("NL91ABNA0417164300")).toBe(true);
    expect(isValidIban("NL91 ABNA 0417 1643 00")).toBe(true);
    expect(isValidIban("nl91abna0417164300")).toBe(true);
    expect(isValidIban("DE89370400440532013000")).toBe(true);
    expect(isValidIban("GB82WEST12345698765432")).toBe(true);
    expect(normalizeIban("nl91 abna 0417 1643 00")).toBe("NL91ABNA0417164300");
  });

  it("rejects a wrong check, a wrong length for the country and junk", () => {
    for (const bad of [
      "NL92ABNA0417164300",
      "NL91ABNA041716430",
      "NL91ABNA04171643000",
      "NL91ABNA041716430!",
      "91NLABNA0417164300",
      "",
    ]) {
      expect(isValidIban(bad), bad).toBe(false);
    }
  });

  it("validates any NL body with computed check digits", () => {
    fc.assert(fc.property(nlBody, (body) => isValidIban(`NL${ibanCheckDigits("NL", body)}${body}`)));
  });

  it("validates random bodies of countries outside the length table", () => {
    fc.assert(
      fc.property(fc.array(alnum, { minLength: 11, maxLength: 30 }), (chars) => {
        const body = chars.join("");
        return isValidIban(`ZZ${ibanCheckDigits("ZZ", body)}${body}`);
      }),
    );
  });

  it("rejects an NL IBAN with one account digit changed", () => {
    fc.assert(
      fc.property(nlBody, fc.integer({ min: 4, max: 13 }), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const iban = `NL${ibanCheckDigits("NL", body)}${body}`;
        const pos = at + 4;
        const changed = `${iban.slice(0, pos)}${(Number(iban[pos]) + delta) % 10}${iban.slice(pos + 1)}`;
        expect(isValidIban(changed)).toBe(false);
      }),
    );
  });
});
