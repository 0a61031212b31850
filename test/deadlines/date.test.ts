import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  calendarDate as d,
  daysBetween,
  dateInTimeZone,
  InvalidDateError,
  isCalendarDate,
  parseDateInput,
  weekday,
} from "../../src/deadlines/date.js";

describe("calendar dates", () => {
  it("accepts real days and refuses days the calendar lacks, without rolling over", () => {
    expect(d("2024-02-29")).toBe("2024-02-29");
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2026-04-31")).toBe(false);
    expect(isCalendarDate("1900-02-29")).toBe(false);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(() => d("2026-02-30")).toThrow(/no day on the calendar/);
    expect(() => d("5-3-2026")).toThrow(InvalidDateError);
  });

  it("adds days across months and years and counts the days between", () => {
    expect(addDays(d("2025-12-30"), 3)).toBe("2026-01-02");
    expect(addDays(d("2024-03-01"), -1)).toBe("2024-02-29");
    expect(daysBetween(d("2026-03-05"), d("2026-04-05"))).toBe(31);
    expect(daysBetween(d("2026-04-05"), d("2026-03-05"))).toBe(-31);
  });

  it("knows the weekday (Sunday = 0)", () => {
    expect(weekday(d("2026-04-05"))).toBe(0);
    expect(weekday(d("2026-04-06"))).toBe(1);
    expect(weekday(d("2027-02-06"))).toBe(6);
  });

  it("adds months to the same-numbered day, or the last day of a shorter month", () => {
    expect(addMonths(d("2026-03-05"), 1)).toBe("2026-04-05");
    expect(addMonths(d("2025-01-31"), 1)).toBe("2025-02-28");
    expect(addMonths(d("2024-01-31"), 1)).toBe("2024-02-29");
    expect(addMonths(d("2026-03-31"), 1)).toBe("2026-04-30");
    expect(addMonths(d("2026-12-15"), 2)).toBe("2027-02-15");
  });
});

describe("instants become Amsterdam calendar dates (LAW.md, Deadlines for data-subject requests)", () => {
  it("counts 23:30 UTC on 31 March as 1 April in summer time (UTC+2)", () => {
    expect(dateInTimeZone(new Date("2026-03-31T23:30:00Z"), "Europe/Amsterdam")).toBe("2026-04-01");
    expect(dateInTimeZone(new Date("2026-03-31T21:59:59Z"), "Europe/Amsterdam")).toBe("2026-03-31");
    expect(dateInTimeZone(new Date("2026-03-31T22:00:00Z"), "Europe/Amsterdam")).toBe("2026-04-01");
  });

  it("moves the day one hour later in winter time (UTC+1)", () => {
    expect(dateInTimeZone(new Date("2026-02-03T22:59:59Z"), "Europe/Amsterdam")).toBe("2026-02-03");
    expect(dateInTimeZone(new Date("2026-02-03T23:00:00Z"), "Europe/Amsterdam")).toBe("2026-02-04");
  });

  it("refuses an invalid instant", () => {
    expect(() => dateInTimeZone(new Date("not a date"), "Europe/Amsterdam")).toThrow(InvalidDateError);
  });
});

describe("parseDateInput", () => {
  it("reads a day as a calendar date and an instant with an offset as a Date", () => {
    expect(parseDateInput("2026-03-05")).toBe("2026-03-05");
    const instant = parseDateInput("2026-03-31T23:30:00Z");
    expect(instant).toBeInstanceOf(Date);
    expect((instant as Date).toISOString()).toBe("2026-03-31T23:30:00.000Z");
    expect((parseDateInput("2026-04-01T01:30:00+02:00") as Date).toISOString()).toBe("2026-03-31T23:30:00.000Z");
  });

  it("refuses an instant without an offset, whose meaning would depend on the machine", () => {
    expect(() => parseDateInput("2026-03-31T23:30:00")).toThrow(/instant with an offset/);
    expect(() => parseDateInput("2026-02-30")).toThrow(/no day on the calendar/);
  });
});
