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
  /** A shorter period the controller set itself, in days: it ends with the last of them (art. 3(2)(b)). */
  | { rule: "period-days"; days: number; date: CalendarDate }
  /** That month has no such day: its last day instead. */
  | { rule: "last-day-of-month"; day: number; date: CalendarDate }
  /** An extension (Art. 12(3) GDPR): the period with the further months, counted from receipt. */
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
  | { rule: "next-working-day"; date: CalendarDate }
  /** No decree is known for the year the period ends in: no day equated by decree was counted. */
  | { rule: "no-decree"; year: number };

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
  /**
   * A first period in days instead of `months`: one the controller promised that is shorter than the
   * month of Art. 12(3). An extension still adds its months to that month, counted from receipt.
   */
  days?: number;
  /** Extensions in the order decided; the further months count from receipt, like the first. */
  extensionMonths: readonly number[];
  pausedDays: number;
  calendar: HolidayCalendar;
}

function checkDays(days: number): void {
  if (!Number.isInteger(days) || days < 1) {
    throw new DeadlineError("invalid-days", `a period in days is a whole number, at least 1 (got ${days})`);
  }
}

export function checkMonths(months: number): void {
  if (!Number.isInteger(months) || months < 1) {
    throw new DeadlineError("invalid-months", `a period is a whole number of months, at least 1 (got ${months})`);
  }
}

/**
 * Counts a period under Regulation 1182/71 art. 3: months on the calendar from the day of receipt,
 * extensions as further months from receipt too (Art. 12(3): the period itself is extended, not its
 * moved end), then the paused days, and last the move off a weekend or holiday. The move comes last
 * because only the final day of the whole period has to be a working day.
 */
export function countPeriod(input: PeriodInput): CountedPeriod {
  checkMonths(input.months);
  const steps: DeadlineStep[] = [{ rule: "receipt", date: input.received, ...input.receivedStep }];
  let total = input.months;
  let end: CalendarDate;
  if (input.days === undefined) end = monthsOn(input.received, total, steps, { rule: "period", months: total });
  else {
    checkDays(input.days);
    end = addDays(input.received, input.days);
    steps.push({ rule: "period-days", days: input.days, date: end });
  }
  for (const months of input.extensionMonths) {
    total += months;
    end = monthsOn(input.received, total, steps, { rule: "extension", months });
  }
  if (input.pausedDays > 0) {
    end = addDays(end, input.pausedDays);
    steps.push({ rule: "pause", days: input.pausedDays, date: end });
  }
  const moved = onOrAfterWorkingDay(end, input.calendar);
  for (const day of moved.skipped) steps.push({ rule: "non-working-day", ...day });
  if (moved.skipped.length > 0) steps.push({ rule: "next-working-day", date: moved.date });
  // The last day and the days passed over to reach it: a decree not yet known could still make one a holiday.
  for (let year = dateParts(end).year; year <= dateParts(moved.date).year; year++)
    if (!input.calendar.decreesKnown(year)) steps.push({ rule: "no-decree", year });
  return { periodEnd: end, due: moved.date, steps };
}

function monthsOn(
  from: CalendarDate,
  months: number,
  steps: DeadlineStep[],
  step: { rule: "period" | "extension"; months: number },
): CalendarDate {
  const end = addMonths(from, months);
  steps.push({ ...step, date: end });
  const wanted = dateParts(from).day;
  if (dateParts(end).day !== wanted) steps.push({ rule: "last-day-of-month", day: wanted, date: end });
  return end;
}
