import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { easterSunday } from "../../src/deadlines/calendar/easter.js";
import { weekday } from "../../src/deadlines/date.js";

// Published Western (Gregorian) Easter dates; the computus must reproduce every one of them.
const KNOWN_EASTER: Record<number, string> = {
  2000: "04-23",
  2001: "04-15",
  2002: "03-31",
  2003: "04-20",
  2004: "04-11",
  2005: "03-27",
  2006: "04-16",
  2007: "04-08",
  2008: "03-23",
  2009: "04-12",
  2010: "04-04",
  2011: "04-24",
  2012: "04-08",
  2013: "03-31",
  2014: "04-20",
  2015: "04-05",
  2016: "03-27",
  2017: "04-16",
  2018: "04-01",
  2019: "04-21",
  2020: "04-12",
  2021: "04-04",
  2022: "04-17",
  2023: "04-09",
  2024: "03-31",
  2025: "04-20",
  2026: "04-05",
  2027: "03-28",
  2028: "04-16",
  2029: "04-01",
  2030: "04-21",
  2031: "04-13",
  2032: "03-28",
  2033: "04-17",
  2034: "04-09",
  2035: "03-25",
  2036: "04-13",
  2037: "04-05",
  2038: "04-25",
  2039: "04-10",
  2040: "04-01",
};

describe("easterSunday (Gregorian computus)", () => {
  it.each(Object.entries(KNOWN_EASTER))("Easter %s falls on the published date", (year, monthDay) => {
    expect(easterSunday(Number(year))).toBe(`${year}-${monthDay}`);
  });

  it("reaches both extremes of the Easter window: 22 March (1818, 2285) and 25 April (1943, 2038)", () => {
    expect(easterSunday(1818)).toBe("1818-03-22");
    expect(easterSunday(2285)).toBe("2285-03-22");
    expect(easterSunday(1943)).toBe("1943-04-25");
    expect(easterSunday(2038)).toBe("2038-04-25");
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(weekday(easter)).toBe(0);
        expect(easter.slice(5) >= "03-22" && easter.slice(5) <= "04-25").toBe(true);
      }),
    );
  });
});
