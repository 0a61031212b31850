import { describe, expect, it } from "vitest";
import { dueTest, isDue, toTime } from "../../src/retention/due.js";

describe("the due test a sweep asks of every row", () => {
  it("answers as isDue does, on both sides of every period's end", () => {
    const now = new Date("2026-03-31T12:00:00.000Z");
    const hour = 3_600_000;
    for (const period of ["3 hours", "1 day", "90 days", "2 weeks", "1 month", "12 months", "7 years"]) {
      const test = dueTest(period, now);
      // Every hour over the last eight years and a bit, and a millisecond either side of whole days.
      for (let start = now.getTime() - 8 * 366 * 24 * hour; start <= now.getTime(); start += 13 * hour) {
        for (const t of [start, start - 1, start + 1])
          expect(test(t), `${period} from ${new Date(t).toISOString()}`).toBe(isDue(t, period, now));
      }
    }
    const edge = now.getTime() - 90 * 24 * hour;
    for (const t of [edge - 1, edge, edge + 1]) expect(dueTest("90 days", now)(t)).toBe(isDue(t, "90 days", now));
    expect(dueTest("90 days", now)(edge)).toBe(true);
    expect(dueTest("90 days", now)(edge + 1)).toBe(false);
  });

  it("reads a driver's Date as its instant, and an invalid one as no date", () => {
    expect(toTime(new Date("2026-01-01T00:00:00.000Z"))).toBe(Date.UTC(2026, 0, 1));
    expect(toTime(new Date(Number.NaN))).toBeUndefined();
    expect(toTime("2026-01-01 00:00:00")).toBe(Date.UTC(2026, 0, 1));
  });
});
