import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addPeriod } from "../../src/datasets/holds.js";
import { addMonths, calendarDate as d, monthsOn } from "../../src/deadlines/date.js";
import { lastMonths } from "../../src/requests/operations/dashboard-stats.js";

// Deadlines, retention holds and the dashboard's months all step months by one rule (Reg. 1182/71
// art. 3(2)(c)): these tests hold each of them to it at the month ends and leap days where rules differ.
describe("one month arithmetic", () => {
  it("lands on the last day of a shorter month, leap years counted", () => {
    expect(monthsOn({ year: 2025, month: 1, day: 31 }, 1)).toEqual({ year: 2025, month: 2, day: 28 });
    expect(monthsOn({ year: 2024, month: 1, day: 31 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(monthsOn({ year: 2024, month: 2, day: 29 }, 12)).toEqual({ year: 2025, month: 2, day: 28 });
    expect(monthsOn({ year: 2024, month: 2, day: 29 }, 48)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(monthsOn({ year: 2100, month: 1, day: 31 }, 1)).toEqual({ year: 2100, month: 2, day: 28 });
    expect(monthsOn({ year: 2000, month: 1, day: 31 }, 1)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(monthsOn({ year: 2026, month: 8, day: 31 }, 1)).toEqual({ year: 2026, month: 9, day: 30 });
  });

  it("steps back across a year's end as well as forward", () => {
    expect(monthsOn({ year: 2026, month: 3, day: 31 }, -1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(monthsOn({ year: 2026, month: 1, day: 15 }, -1)).toEqual({ year: 2025, month: 12, day: 15 });
    expect(monthsOn({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 31 });
    expect(monthsOn({ year: 2026, month: 2, day: 1 }, -14)).toEqual({ year: 2024, month: 12, day: 1 });
  });

  it("counts a deadline's months by it", () => {
    expect(addMonths(d("2024-02-29"), 12)).toBe("2025-02-28");
    expect(addMonths(d("2023-12-31"), 2)).toBe("2024-02-29");
    expect(addMonths(d("2026-05-31"), -1)).toBe("2026-04-30");
  });

  it("counts a retention hold's months and years by it, keeping the time of day", () => {
    expect(addPeriod(new Date("2019-03-31T10:15:00Z"), "1 month").toISOString()).toBe("2019-04-30T10:15:00.000Z");
    expect(addPeriod(new Date("2020-02-29T23:59:59Z"), "7 years").toISOString()).toBe("2027-02-28T23:59:59.000Z");
    expect(addPeriod(new Date("2020-01-31T00:00:00Z"), "P1M").toISOString()).toBe("2020-02-29T00:00:00.000Z");
  });

  it("counts the dashboard's months by it, across a year's end", () => {
    expect(lastMonths("2026-02", 4)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(lastMonths("2024-01", 13)[0]).toBe("2023-01");
    expect(lastMonths("2026-12", 1)).toEqual(["2026-12"]);
  });

  it("gives a hold and a deadline the same day for any start and any number of months", () => {
    const day = fc
      .record({
        year: fc.integer({ min: 1990, max: 2090 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 240 }), ({ year, month, day }, months) => {
        const date = d(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
        const held = addPeriod(new Date(`${date}T12:00:00Z`), `${months} months`);
        expect(held.toISOString().slice(0, 10)).toBe(addMonths(date, months));
      }),
    );
  });
});
