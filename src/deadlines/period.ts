import type { HolidayBasis, HolidayCalendar, Localized } from "./calendar/calendar.js";
import { type CalendarDate, addDays, addMonths, dateParts } from "./date.js";
import { DeadlineError } from "./errors.js";
import { onOrAfterWorkingDay } from "./working-days.js";

/** One rule applied on the way from receipt to the due date, in the order applied; explain.ts words them. */
export type DeadlineStep =
  /** The day of receipt is not counted (Reg. 1182/71 art. 3(1)); `instant` when receipt was a moment in time. */
  | { rule: "receipt"; date: CalendarDate; instant?: string; timeZone?: string }
  /** The period ends with the same-numbered day `months` later (art. 3(2)(c)). */
  | { rule: "period"; months: number; date: CalendarDate }
  /** That month has no such day: its last day instead. */
  | { rule: "last-day-of-month"; day: number; date: CalendarDate }
  /** An extension (Art. 12(3) GDPR), counted on from the end of the period before it. */
  | { rule: "extension"; months: number; date: CalendarDate }
  /** The clock stood still while waiting for proof of identity. */
  | { rule: "pause"; days: number; date: CalendarDate }
  /** The period cannot end on this day. */
  | {
      rule: "non-working-day";
      date: CalendarDate;
      why: "holiday" | "saturday" | "sunday";
      name?: Localized;
      basis?: HolidayBasis;
    }
  /** So it ends on the next working day (art. 3(4)). */
  | { rule: "next-working-day"; date: CalendarDate };

export interface CountedPeriod {
  /** Where the counting ends, before the working-day rule. */
  periodEnd: CalendarDate;
  /** The last day to answer: the end of the period moved to a working day. */
  due: CalendarDate;
  steps: DeadlineStep[];
}

export interface PeriodInput {
  received: CalendarDate;
  receivedStep?: { instant: string; timeZone: string };
  months: number;
  /** Extensions in the order decided, each counted on from the end before it. */
  extensionMonths: readonly number[];
  pausedDays: number;
  calendar: HolidayCalendar;
}

export function checkMonths(months: number): void {
  if (!Number.isInteger(months) || months < 1) {
    throw new DeadlineError("invalid-months", `a period is a whole number of months, at least 1 (got ${months})`);
  }
}

/**
 * Counts a period under Regulation 1182/71 art. 3: months on the calendar from the day of receipt,
 * extensions on from there, then the paused days, and last the move off a weekend or holiday. The move
 * comes last because only the final day of the whole period has to be a working day.
 */
export function countPeriod(input: PeriodInput): CountedPeriod {
  checkMonths(input.months);
  const steps: DeadlineStep[] = [{ rule: "receipt", date: input.received, ...input.receivedStep }];
  let end = monthsOn(input.received, input.months, steps, "period");
  for (const months of input.extensionMonths) end = monthsOn(end, months, steps, "extension");
  if (input.pausedDays > 0) {
    end = addDays(end, input.pausedDays);
    steps.push({ rule: "pause", days: input.pausedDays, date: end });
  }
  const moved = onOrAfterWorkingDay(end, input.calendar);
  for (const day of moved.skipped) steps.push({ rule: "non-working-day", ...day });
  if (moved.skipped.length > 0) steps.push({ rule: "next-working-day", date: moved.date });
  return { periodEnd: end, due: moved.date, steps };
}

function monthsOn(
  from: CalendarDate,
  months: number,
  steps: DeadlineStep[],
  rule: "period" | "extension",
): CalendarDate {
  const end = addMonths(from, months);
  steps.push({ rule, months, date: end });
  const wanted = dateParts(from).day;
  if (dateParts(end).day !== wanted) steps.push({ rule: "last-day-of-month", day: wanted, date: end });
  return end;
}
