import { describe, expect, it } from "vitest";
import { EU_VAT_PREFIXES, isValidEuVat, normalizeEuVat } from "../../src/identifiers/eu-vat/index.js";

/** One published, well-formed number per prefix, and the same number with its check character changed. */
const KNOWN: [valid: string, wrongCheck: string][] = [
  ["ATU13585627", "ATU13585626"],
  ["BE0428759497", "BE0428759498"],
  ["BG175074752", "BG175074751"],
  ["CY10259033P", "CY10259033Z"],
  ["CZ25123891", "CZ25123890"],
  ["DE136695976", "DE136695978"],
  ["DK13585628", "DK13585627"],
  ["EE100594102", "EE100594103"],
  ["EL094259216", "EL094259217"],
  ["ESB64717838", "ESB64717839"],
  ["FI20774740", "FI20774741"],
  ["FR23334175221", "FR24334175221"],
  ["HR33392005961", "HR33392005962"],
  ["HU12892312", "HU12892313"],
  ["IE6433435F", "IE6433435E"],
  ["IT00743110157", "IT00743110158"],
  ["LT119511515", "LT119511516"],
  ["LU15027442", "LU15027443"],
  ["LV40003521600", "LV40003521601"],
  ["MT11679112", "MT11679113"],
  ["NL004495445B01", "NL004495446B01"],
  ["PL8567346215", "PL8567346216"],
  ["PT501964843", "PT501964842"],
  ["RO18547290", "RO18547291"],
  ["SE123456789701", "SE123456789101"],
  ["SI50223054", "SI50223055"],
  ["SK2022749619", "SK2022749618"],
  ["XI980780684", "XI980780685"],
];

describe("EU VAT numbers", () => {
  it("covers every member state and Northern Ireland", () => {
    expect(EU_VAT_PREFIXES).toEqual(KNOWN.map(([valid]) => valid.slice(0, 2)).sort());
  });

  it("accepts a known number of each prefix and rejects it with a wrong check character", () => {
    for (const [valid, wrong] of KNOWN) {
      expect(isValidEuVat(valid), valid).toBe(true);
      expect(isValidEuVat(wrong), wrong).toBe(false);
    }
  });

  it("normalises spacing, separators, case and the national short forms", () => {
    expect(normalizeEuVat("de 136.695.976")).toBe("DE136695976");
    expect(normalizeEuVat("MT 1167-9112")).toBe("MT11679112");
    expect(normalizeEuVat("GR 094259216")).toBe("EL094259216");
    expect(normalizeEuVat("EL 94259216")).toBe("EL094259216");
    expect(normalizeEuVat("BE 428.759.497")).toBe("BE0428759497");
    expect(normalizeEuVat("BE(0)428759497")).toBe("BE0428759497");
    expect(normalizeEuVat("nl4495445b01")).toBe("NL004495445B01");
    expect(isValidEuVat("sk 202 274 96 19")).toBe(true);
  });

  it("refuses numbers without a member state's prefix", () => {
    for (const text of ["136695976", "GB980780684", "CH123456789", "US123456789", "", "DE"]) {
      expect(normalizeEuVat(text) === undefined || !isValidEuVat(text), text).toBe(true);
      expect(isValidEuVat(text), text).toBe(false);
    }
  });
});
