import { describe, expect, it } from "vitest";
import {
  allAuthorities,
  authorityFullName,
  authorityName,
  competentAuthority,
  deadlineCountry,
  digitalConsentAge,
  GERMAN_LAND_AUTHORITIES,
  MEMBER_STATES,
  NATIONAL_AUTHORITIES,
  registration,
} from "../../src/member-states/index.js";
import { isInEea } from "../../src/register/index.js";

/** Written out here rather than taken from the product, so a state dropped from both still fails. */
const EEA_STATES = (
  "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE" + " IS LI NO"
).split(" ");

describe("every EU/EEA state", () => {
  const states = EEA_STATES;

  it("is 30 states: the 27 member states with Iceland, Liechtenstein and Norway, as the product's EEA", () => {
    expect(new Set(states).size).toBe(30);
    expect(states.filter((c) => !isInEea(c))).toEqual([]);
  });

  it.each(states)("%s has a national authority with at least a name", (country) => {
    const authority = NATIONAL_AUTHORITIES.find((a) => a.key === country);
    expect(authority, `no authority for ${country}`).toBeDefined();
    expect(Object.values(authority!.names).join("").trim()).not.toBe("");
  });

  it.each(states)("%s has its Art. 8(1) age of digital consent between 13 and 16", (country) => {
    const state = MEMBER_STATES.find((s) => s.country === country);
    expect(state?.digitalConsentAge).toBeGreaterThanOrEqual(13);
    expect(state?.digitalConsentAge).toBeLessThanOrEqual(16);
  });

  it("lists no authority or state twice and none outside the EEA", () => {
    const keys = NATIONAL_AUTHORITIES.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => !states.includes(k))).toEqual([]);
    expect(MEMBER_STATES.map((s) => s.country).filter((c) => !states.includes(c))).toEqual([]);
  });

  it("gives every known website and complaint page over https", () => {
    const urls = allAuthorities()
      .flatMap((a) => [a.website, a.complaintPage])
      .filter(Boolean);
    expect(urls.length).toBeGreaterThan(40);
    expect(urls.filter((u) => !/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/.test(u!))).toEqual([]);
  });
});

describe("the German Länder", () => {
  it("each have their own authority", () => {
    const lands = GERMAN_LAND_AUTHORITIES.map((a) => a.key).sort();
    expect(lands).toEqual(
      ["BB", "BE", "BW", "BY", "HB", "HE", "HH", "MV", "NI", "NW", "RP", "SH", "SL", "SN", "ST", "TH"].map(
        (land) => `DE-${land}`,
      ),
    );
  });
});

describe("the competent authority", () => {
  it("is the state's of establishment, and the Dutch AP for a register that names none", () => {
    expect(competentAuthority({ established_in: "BE" })?.short).toBe("GBA/APD");
    expect(competentAuthority({})?.names.nl).toBe("Autoriteit Persoonsgegevens");
  });

  it("is the Land's in Germany, and unknown when the register names no Land", () => {
    expect(competentAuthority({ established_in: "DE", state: "BY" })?.short).toBe("BayLDA");
    expect(competentAuthority({ established_in: "DE" })).toBeUndefined();
  });

  it("is the lead authority where the register names one, and so is the deadline calendar's state", () => {
    const seat = { established_in: "NL", lead_authority: "DE-HH" };
    expect(competentAuthority(seat)?.short).toBe("HmbBfDI");
    expect(deadlineCountry(seat)).toBe("DE");
    expect(deadlineCountry({ established_in: "BE" })).toBe("BE");
  });

  it("is named in Dutch by its Dutch name and in English by its English name with the official one", () => {
    const gba = competentAuthority({ established_in: "BE" })!;
    expect(authorityName(gba, "nl")).toBe("Gegevensbeschermingsautoriteit");
    expect(authorityName(gba, "en")).toBe("Belgian Data Protection Authority (Gegevensbeschermingsautoriteit)");
    expect(authorityFullName(gba, "nl")).toBe("Gegevensbeschermingsautoriteit (GBA/APD)");
  });
});

describe("national choices", () => {
  it("set the age of digital consent: 13 in Belgium, 16 in Germany and the Netherlands", () => {
    expect(digitalConsentAge({ established_in: "BE" })).toBe(13);
    expect(digitalConsentAge({ established_in: "DE" })).toBe(16);
    expect(digitalConsentAge({})).toBe(16);
  });

  it("name the company register of the state of establishment, and keep kvk a Dutch number", () => {
    expect(registration({ established_in: "BE", company_number: "0123.456.749" })?.register?.short).toBe("KBO/BCE");
    expect(registration({ established_in: "DE", company_number: "HRB 1" })?.register?.short).toBe("HRB/HRA");
    expect(registration({ established_in: "DE", kvk: "90123456" })?.register?.short).toBe("KvK");
    expect(registration({ established_in: "FR", company_number: "552 100 554" })?.register).toBeUndefined();
    expect(registration({})).toBeUndefined();
  });
});
