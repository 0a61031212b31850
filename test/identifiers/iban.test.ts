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

  it("rejects countries outside the IBAN registry, whatever their check digits", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("ZZ", "US", "AO", "CM"),
        fc.array(alnum, { minLength: 11, maxLength: 30 }),
        (country, chars) => {
          const body = chars.join("");
          return !isValidIban(`${country}${ibanCheckDigits(country, body)}${body}`);
        },
      ),
    );
  });

  it("checks each country's BBAN structure", () => {
    const withCheck = (country: string, bban: string) => `${country}${ibanCheckDigits(country, bban)}${bban}`;
    expect(isValidIban(withCheck("NL", "ABNA0417164300"))).toBe(true);
    expect(isValidIban(withCheck("NL", "AB1A0417164300"))).toBe(false);
    expect(isValidIban(withCheck("IE", "AIBK93115212345678"))).toBe(true);
    expect(isValidIban(withCheck("IE", "A1BK93115212345678"))).toBe(false);
    expect(isValidIban(withCheck("TR", "0006100519786457841326"))).toBe(true);
    expect(isValidIban(withCheck("TR", "00061A0519786457841326"))).toBe(false);
    expect(isValidIban(withCheck("BY", "NB0130000000000000000000"))).toBe(true);
    expect(isValidIban(withCheck("BY", "NB01A0000000000000000000"))).toBe(false);
  });

  it("refuses territory codes whose accounts carry the FR or FI prefix", () => {
    const bban = "20041010050500013M02606";
    expect(isValidIban(`FR${ibanCheckDigits("FR", bban)}${bban}`)).toBe(true);
    expect(isValidIban(`RE${ibanCheckDigits("RE", bban)}${bban}`)).toBe(false);
  });

  it("checks national check digits inside the BBAN", () => {
    // France: the RIB key (last two digits); Belgium: mod 97 over the account; Spain: the two CCC digits.
    for (const [valid, broken] of [
      ["FR1420041010050500013M02606", "FR20041010050500013M02607"],
      ["BE68539007547034", "BE539007547035"],
      ["ES9121000418450200051332", "ES21000418460200051332"],
    ] as const) {
      expect(isValidIban(valid), valid).toBe(true);
      const country = broken.slice(0, 2);
      const bban = broken.slice(2);
      expect(isValidIban(`${country}${ibanCheckDigits(country, bban)}${bban}`), broken).toBe(false);
    }
  });

  it("accepts the IBAN registry's examples of countries with national check digits or a corrected structure", () => {
    const examples =
      "CZ6508000000192000145399 EE382200221020145685 FR1420041010050500013M02606 HR1210010051863000160 " +
      "HU42117730161111101800000000 MC5811222000010123456789030 MK07250120000058984 PL61109010140000071219812874 " +
      "PT50000201231234567890154 RS35260005601001611379 SI56263300012039086 SK3112000000198742637541 " +
      "BA391290079401028494 DO28BAGR00000001212453611324 BY13NBRB3600900000002Z00AB00 GE29NB0000000101904917 " +
      "TR330006100519786457841326 VG96VPVG0000012345678901 PS92PALS000000000400123456702 " +
      "PK36SCBL0000001123456702 IE29AIBK93115212345678 BI4210000100010000332045181 DJ2100010000000154000100186";
    for (const iban of examples.split(" ")) expect(isValidIban(iban), iban).toBe(true);
  });

  it("reads IBANs written with dashes and dots", () => {
    expect(normalizeIban("NL91-ABNA-0417.1643.00")).toBe("NL91ABNA0417164300");
    expect(isValidIban("nl91-abna-0417-1643-00")).toBe(true);
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
