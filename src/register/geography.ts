import type { Lang } from "../kernel/index.js";

/** The European Economic Area: the EU member states plus Iceland, Liechtenstein and Norway. */
export const EEA = new Set([
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  "IS",
  "LI",
  "NO",
]);

/**
 * Countries with an adequacy decision under Art. 45 (the European Commission's list). The United States
 * is adequate only for organisations certified under the EU-US Data Privacy Framework, so it is not
 * listed here: a US recipient needs `eu_us_dpf` or another safeguard in the register.
 */
export const ADEQUATE = new Set(["AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY"]);

export function isInEea(country: string): boolean {
  return EEA.has(country);
}

/** Countries in the list that lie outside the EEA, in the order given. */
export function thirdCountries(countries: readonly string[]): string[] {
  return countries.filter((c) => !EEA.has(c));
}

const names = {
  nl: new Intl.DisplayNames(["nl"], { type: "region" }),
  en: new Intl.DisplayNames(["en"], { type: "region" }),
};

/** "Verenigde Staten" / "United States"; the code itself when ICU does not know it. */
export function countryName(code: string, lang: Lang): string {
  try {
    return names[lang].of(code) ?? code;
  } catch {
    return code;
  }
}
