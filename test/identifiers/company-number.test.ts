import { describe, expect, it } from "vitest";
import { isValidBelgianEnterpriseNumber, isValidGermanRegisterNumber } from "../../src/identifiers/index.js";

describe("Belgian enterprise numbers (KBO/BCE)", () => {
  it.each(["0123.456.749", "0123456749", "BE0123456749", "123.456.749", "0123 456 749"])("accepts %s", (n) => {
    expect(isValidBelgianEnterpriseNumber(n)).toBe(true);
  });

  it.each(["0123.456.748", "2123.456.7xx", "0000.000.097", "12345", "0123.456.7490"])("rejects %s", (n) => {
    expect(isValidBelgianEnterpriseNumber(n)).toBe(false);
  });
});

describe("German Handelsregister numbers", () => {
  it.each(["HRB 123456", "HRA 1234", "HRB123456", "HRB 12345 B"])("accepts %s", (n) => {
    expect(isValidGermanRegisterNumber(n)).toBe(true);
  });

  it.each(["123456", "HRC 1", "HRB", "HRB 1234567"])("rejects %s", (n) => {
    expect(isValidGermanRegisterNumber(n)).toBe(false);
  });
});
