import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/deadlines/date.js";
import { deadlineFor } from "../../src/deadlines/deadline.js";

// LAW.md, "Deadlines for data-subject requests": every receipt day of 2024-2035 against a second
// computation written here from the rules alone, day by day on JavaScript's own UTC dates, with none of
// the product's calendar, Easter or month arithmetic. Easter is a table (from published church
// calendars), the decree days the list of the decrees' titles; years no decree covers get none.

const EASTER: Record<number, string> = {
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
};
const DECREE_DAYS = [
  "2023-04-28",
  "2023-05-19",
  "2024-05-10",
  "2024-12-27",
  "2025-05-30",
  "2026-01-02",
  "2026-05-15",
  "2027-05-07",
  "2028-04-28",
  "2028-05-26",
];
const DAY_MS = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utc = (text: string) => Date.parse(`${text}T00:00:00Z`);

function holidaysOf(year: number): Set<string> {
  const easter = utc(`${year}-${EASTER[year]}`);
  const fromEaster = (days: number) => iso(easter + days * DAY_MS);
  // King's Day: 27 April, or the 26th when the 27th is a Sunday.
  const kings = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
  return new Set([
    `${year}-01-01`,
    fromEaster(-2),
    fromEaster(1),
    kings,
    `${year}-05-05`,
    fromEaster(39),
    fromEaster(50),
    `${year}-12-25`,
    `${year}-12-26`,
    ...DECREE_DAYS.filter((day) => day.startsWith(`${year}-`)),
  ]);
}

/** The same-numbered day `months` later, or that month's last day. */
function monthsLater(received: string, months: number): number {
  const [y, m, day] = received.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return Date.UTC(y, m - 1 + months, Math.min(day, lastDay));
}

/** The period's end and the first working day on or after it, stepping one day at a time. */
function expected(received: string, months: number): { end: string; due: string } {
  let ms = monthsLater(received, months);
  const end = iso(ms);
  for (;;) {
    const weekday = new Date(ms).getUTCDay();
    const day = iso(ms);
    if (weekday !== 0 && weekday !== 6 && !holidaysOf(Number(day.slice(0, 4))).has(day)) return { end, due: day };
    ms += DAY_MS;
  }
}

const receiptDays: string[] = [];
for (let ms = utc("2024-01-01"); ms <= utc("2035-12-31"); ms += DAY_MS) receiptDays.push(iso(ms));

describe("the deadline against an independent day-by-day computation, 2024-2035", () => {
  it("agrees on every receipt day for the one-month period", () => {
    const differ = receiptDays.filter((received) => {
      const deadline = deadlineFor({ receivedAt: received as CalendarDate });
      return deadline.paused || deadline.due !== expected(received, 1).due;
    });
    expect(receiptDays).toHaveLength(4383);
    expect(differ).toEqual([]);
  });

  it("agrees on every receipt day for a period extended by two months: three months from receipt", () => {
    const differ = receiptDays.filter((received) => {
      const deadline = deadlineFor({
        receivedAt: received as CalendarDate,
        extensions: [{ months: 2, reason: "complex", decidedOn: received as CalendarDate }],
      });
      return deadline.paused || deadline.due !== expected(received, 3).due;
    });
    expect(differ).toEqual([]);
  });

  it("says no decree was counted exactly when the period ends or moves into a year no decree covers", () => {
    const covered = (year: number) => year >= 2023 && year <= 2028;
    const differ = receiptDays.filter((received) => {
      const deadline = deadlineFor({ receivedAt: received as CalendarDate });
      if (deadline.paused) return true;
      const { end, due } = expected(received, 1);
      const uncovered = [Number(end.slice(0, 4)), Number(due.slice(0, 4))].some((year) => !covered(year));
      return deadline.steps.some((step) => step.rule === "no-decree") !== uncovered;
    });
    expect(differ).toEqual([]);
  });
});
