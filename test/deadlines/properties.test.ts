import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarFor } from "../../src/deadlines/calendar/registry.js";
import {
  type CalendarDate,
  addDays,
  dateFromDayNumber,
  dayNumber,
  daysBetween,
  isWeekend,
} from "../../src/deadlines/date.js";
import { deadlineFor, responseDeadline } from "../../src/deadlines/deadline.js";

// LAW.md, "Deadlines for data-subject requests": properties every deadline must have, over receipt
// dates from 2014 (the first year of the Dutch calendar) to the end of the century.
const calendar = calendarFor("NL");
const day = fc
  .integer({ min: dayNumber("2014-01-01" as CalendarDate), max: dayNumber("2099-12-31" as CalendarDate) })
  .map(dateFromDayNumber);

describe("deadline properties", () => {
  it("is never earlier than receipt + 28 days", () => {
    fc.assert(
      fc.property(day, (received) => {
        expect(daysBetween(received, responseDeadline(received).due)).toBeGreaterThanOrEqual(28);
      }),
    );
  });

  it("never falls on a Saturday, Sunday or holiday", () => {
    fc.assert(
      fc.property(day, (received) => {
        const { due } = responseDeadline(received);
        expect(isWeekend(due) || calendar.isHoliday(due)).toBe(false);
      }),
    );
  });

  it("passes over non-working days only: every day from the period's end to the due date is off", () => {
    fc.assert(
      fc.property(day, (received) => {
        const { periodEnd, due } = responseDeadline(received);
        for (let date = periodEnd; date < due; date = addDays(date, 1)) {
          expect(isWeekend(date) || calendar.isHoliday(date)).toBe(true);
        }
      }),
    );
  });

  it("is monotonic in the receipt date", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (first, gap) => {
        const later = addDays(first, gap);
        expect(responseDeadline(first).due <= responseDeadline(later).due).toBe(true);
      }),
    );
  });

  it("is never earlier with a pause, nor with an extension, than without", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 20 }), (received, start, length) => {
        const plain = responseDeadline(received).due;
        const paused = deadlineFor({
          receivedAt: received,
          pauses: [{ from: addDays(received, start), to: addDays(received, start + length) }],
        });
        const extended = deadlineFor({
          receivedAt: received,
          extensions: [{ months: 2, reason: "complex", decidedOn: addDays(received, start) }],
        });
        if (paused.paused || extended.paused) throw new Error("no open pause was given");
        expect(paused.due >= plain).toBe(true);
        expect(daysBetween(received, paused.due)).toBeGreaterThanOrEqual(28 + length);
        expect(daysBetween(received, extended.due)).toBeGreaterThanOrEqual(28 + 59);
      }),
    );
  });
});
