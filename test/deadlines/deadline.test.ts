import { describe, expect, it } from "vitest";
import { ruleCalendar } from "../../src/deadlines/calendar/calendar.js";
import { calendarFor } from "../../src/deadlines/calendar/registry.js";
import { calendarDate as d, weekday } from "../../src/deadlines/date.js";
import { responseDeadline } from "../../src/deadlines/deadline.js";
import { DeadlineError } from "../../src/deadlines/errors.js";

// Every expectation below follows LAW.md, section "Deadlines for data-subject requests":
// Art. 12(3) GDPR, counted under Regulation 1182/71 art. 3, with the Dutch holidays of the
// Algemene termijnenwet art. 3 and the days a Royal Decree equates with them.
const due = (received: string, months?: number) =>
  responseDeadline(d(received), months === undefined ? {} : { months }).due;

describe("LAW.md: the day of receipt is not counted; the period ends on the same-numbered day of the next month", () => {
  it("received 5 March -> due 5 April (2027: a Monday and no holiday)", () => {
    expect(weekday(d("2027-04-05"))).toBe(1);
    const deadline = responseDeadline(d("2027-03-05"));
    expect(deadline.due).toBe("2027-04-05");
    expect(deadline.periodEnd).toBe("2027-04-05");
    expect(deadline.steps.map((step) => step.rule)).toEqual(["receipt", "period"]);
  });

  it("received 31 January -> 28 February; in a leap year 29 February", () => {
    expect(due("2025-01-31")).toBe("2025-02-28");
    expect(due("2024-01-31")).toBe("2024-02-29");
    expect(due("2028-01-31")).toBe("2028-02-29");
  });

  it("records that the month had no such day", () => {
    const deadline = responseDeadline(d("2026-03-31"));
    expect(deadline.due).toBe("2026-04-30");
    expect(deadline.steps).toContainEqual({ rule: "last-day-of-month", day: 31, date: "2026-04-30" });
  });

  it("counts a period of several months the same way", () => {
    expect(due("2026-01-31", 3)).toBe("2026-04-30");
    // Two months from 5 March 2026 end on Tuesday 5 May, a holiday, so Wednesday 6 May.
    expect(due("2026-03-05", 2)).toBe("2026-05-06");
  });

  it("refuses a period that is not a whole number of months", () => {
    expect(() => due("2026-03-05", 0)).toThrow(DeadlineError);
    expect(() => due("2026-03-05", 1.5)).toThrow(/whole number of months/);
  });
});

describe("LAW.md: a last day on a Saturday, Sunday or public holiday moves to the next working day", () => {
  it("a Saturday (7 February 2026) moves to Monday 9 February", () => {
    expect(weekday(d("2026-02-07"))).toBe(6);
    expect(due("2026-01-07")).toBe("2026-02-09");
  });

  it("a Sunday (8 February 2026) moves to Monday 9 February", () => {
    expect(due("2026-01-08")).toBe("2026-02-09");
  });

  it("King's Day (Monday 27 April 2026) moves to Tuesday 28 April", () => {
    expect(due("2026-03-27")).toBe("2026-04-28");
  });

  it("King's Day on Saturday 26 April 2025 is a holiday too; the deadline moves past the weekend to 28 April", () => {
    const deadline = responseDeadline(d("2025-03-26"));
    expect(deadline.due).toBe("2025-04-28");
    expect(deadline.steps).toContainEqual(
      expect.objectContaining({ rule: "non-working-day", date: "2025-04-26", why: "holiday" }),
    );
  });

  it("5 May moves the deadline in a year it is no day off (Monday 5 May 2031 -> Tuesday 6 May)", () => {
    expect(due("2031-04-05")).toBe("2031-05-06");
  });

  it("5 May 2027 (Wednesday), then Ascension Day and the Friday after it, then the weekend -> Monday 10 May", () => {
    const deadline = responseDeadline(d("2027-04-05"));
    expect(deadline.due).toBe("2027-05-10");
    expect(deadline.steps.filter((step) => step.rule === "non-working-day").map((step) => step.date)).toEqual([
      "2027-05-05",
      "2027-05-06",
      "2027-05-07",
      "2027-05-08",
      "2027-05-09",
    ]);
  });

  it("Easter Monday (6 April 2026) moves to Tuesday 7 April", () => {
    expect(due("2026-03-06")).toBe("2026-04-07");
  });

  it("Easter Sunday then Easter Monday: received 5 March 2026 -> Tuesday 7 April", () => {
    expect(due("2026-03-05")).toBe("2026-04-07");
  });

  it("Good Friday (3 April 2026) moves past Easter to Tuesday 7 April", () => {
    expect(due("2026-03-03")).toBe("2026-04-07");
  });

  it("Ascension Day (Thursday 14 May 2026) moves past the Friday after it and the weekend to Monday 18 May", () => {
    expect(due("2026-04-14")).toBe("2026-05-18");
  });

  it("the Friday after Ascension Day (15 May 2026, equated by Royal Decree) moves to Monday 18 May", () => {
    const deadline = responseDeadline(d("2026-04-15"));
    expect(deadline.due).toBe("2026-05-18");
    expect(deadline.steps[2]).toMatchObject({ rule: "non-working-day", date: "2026-05-15", basis: "decree" });
  });

  it("Christmas Day and Boxing Day on Thursday and Friday, then the weekend -> Monday 29 December 2025", () => {
    expect(due("2025-11-25")).toBe("2025-12-29");
    expect(due("2025-11-26")).toBe("2025-12-29");
  });

  it("Christmas Day on Friday 25 December 2026, Boxing Day on the Saturday -> Monday 28 December", () => {
    expect(due("2026-11-25")).toBe("2026-12-28");
  });

  it("Whit Monday (25 May 2026) moves to Tuesday 26 May", () => {
    expect(due("2026-04-25")).toBe("2026-05-26");
  });
});

describe("LAW.md: the days a Royal Decree equates with a holiday", () => {
  it("the Friday after New Year's Day on a Thursday (2 January 2026) moves past the weekend to Monday 5 January", () => {
    expect(due("2025-12-02")).toBe("2026-01-05");
  });

  it("received 3 April 2026: 3 May is a Sunday, and Monday 4 May is no decree day -> due Monday 4 May", () => {
    const deadline = responseDeadline(d("2026-04-03"));
    expect(deadline.due).toBe("2026-05-04");
    expect(deadline.steps.filter((step) => step.rule === "non-working-day").map((step) => step.date)).toEqual([
      "2026-05-03",
    ]);
  });

  it("Monday 26 April 2027, the day before King's Day on a Tuesday, is a working day: received 26 March -> due 26 April", () => {
    expect(due("2027-03-26")).toBe("2027-04-26");
  });

  it("Monday 4 May 2026 itself: received 4 April -> due 4 May", () => {
    expect(due("2026-04-04")).toBe("2026-05-04");
  });

  it("the Friday after King's Day on a Thursday (28 April 2028) moves past the weekend to Monday 1 May", () => {
    expect(due("2028-03-27")).toBe("2028-05-01");
    expect(due("2028-03-28")).toBe("2028-05-01");
  });

  it("the Friday after Boxing Day on a Thursday (27 December 2024) moves past the weekend to Monday 30 December", () => {
    expect(due("2024-11-27")).toBe("2024-12-30");
  });

  it("in a year no decree covers, no day is predicted: Monday 24 December 2029 and Monday 31 December 2029 are due dates", () => {
    expect(due("2029-11-24")).toBe("2029-12-24");
    // 30 December 2029 is a Sunday, so Monday 31 December.
    expect(due("2029-11-30")).toBe("2029-12-31");
    expect(responseDeadline(d("2029-11-30")).steps).toContainEqual({ rule: "no-decree", year: 2029 });
  });

  it("says no decree was counted only for a year none covers", () => {
    expect(responseDeadline(d("2026-04-03")).steps.some((step) => step.rule === "no-decree")).toBe(false);
    expect(responseDeadline(d("2029-04-03")).steps).toContainEqual({ rule: "no-decree", year: 2029 });
    // Received in 2028, due in 2029: the year the period ends in is the one that counts.
    expect(responseDeadline(d("2028-12-03")).steps).toContainEqual({ rule: "no-decree", year: 2029 });
    expect(responseDeadline(d("2028-11-03")).steps.some((step) => step.rule === "no-decree")).toBe(false);
  });

  it("a decree day the company removes no longer moves the deadline", () => {
    const calendar = calendarFor("NL", { remove: ["2026-05-15"] });
    expect(responseDeadline(d("2026-04-15"), { calendar }).due).toBe("2026-05-15");
  });

  it("an extra day from configuration moves it", () => {
    const calendar = calendarFor("NL", { extra: ["2027-04-05"] });
    expect(responseDeadline(d("2027-03-05"), { calendar }).due).toBe("2027-04-06");
  });
});

describe("LAW.md: requests received at an instant count from the Amsterdam calendar date", () => {
  it("23:30 UTC on 31 March is 1 April in summer time: due 1 May, not 30 April", () => {
    expect(responseDeadline(new Date("2026-03-31T23:30:00Z")).due).toBe("2026-05-01");
    expect(responseDeadline(new Date("2026-03-31T21:30:00Z")).due).toBe("2026-04-30");
  });

  it("in winter time the day turns at 23:00 UTC", () => {
    expect(responseDeadline(new Date("2026-02-03T23:30:00Z")).due).toBe("2026-03-04");
    expect(responseDeadline(new Date("2026-02-03T22:30:00Z")).due).toBe("2026-03-03");
  });

  it("records the instant and the time zone in the receipt step", () => {
    expect(responseDeadline(new Date("2026-03-31T23:30:00Z")).steps[0]).toEqual({
      rule: "receipt",
      date: "2026-04-01",
      instant: "2026-03-31T23:30:00.000Z",
      timeZone: "Europe/Amsterdam",
    });
  });

  it("uses the calendar's own time zone for another member state", () => {
    const utc = ruleCalendar({
      country: "XX",
      name: { nl: "proef", en: "test" },
      timeZone: "UTC",
      firstYear: 2000,
      holidays: () => [],
    });
    expect(responseDeadline(new Date("2026-03-31T23:30:00Z"), { calendar: utc }).due).toBe("2026-04-30");
  });
});
