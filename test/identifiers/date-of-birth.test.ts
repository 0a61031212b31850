import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlausibleDateOfBirth, parseCalendarDate } from "../../src/identifiers/date-of-birth.js";

const today = new Date(Date.UTC(2026, 5, 15));

describe("date of birth", () => {
  it("accepts past dates in ISO and Dutch notation", () => {
    expect(isPlausibleDateOfBirth("1980-04-27", today)).toBe(true);
    expect(isPlausibleDateOfBirth("27-04-1980", today)).toBe(true);
    expect(isPlausibleDateOfBirth("27/04/1980", today)).toBe(true);
    expect(isPlausibleDateOfBirth("2026-06-15", today)).toBe(true);
  });

  it("rejects future dates, non-existent dates, the implausibly old and junk", () => {
    for (const bad of [
      "2026-06-16",
      "1981-02-29",
      "1980-13-01",
      "1980-00-10",
      "1896-06-15",
      "80-04-27",
      "gisteren",
      "",
    ]) {
      expect(isPlausibleDateOfBirth(bad, today), bad).toBe(false);
    }
    expect(parseCalendarDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("accepts every real date in the 130 years before today and none after it", () => {
    const dayMs = 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: -47_000, max: 3_000 }), (offset) => {
        const date = new Date(today.getTime() + offset * dayMs).toISOString().slice(0, 10);
        expect(isPlausibleDateOfBirth(date, today)).toBe(offset <= 0);
      }),
    );
  });
});
