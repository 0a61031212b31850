import type { HolidayCalendar } from "./calendar/calendar.js";
import { type CalendarDate, type DateInput, toCalendarDate } from "./date.js";
import { DeadlineError } from "./errors.js";
import { type DatedPause, pausedDays, pausesAsOf } from "./pause.js";
import { checkMonths, countPeriod } from "./period.js";

/**
 * Art. 12(3) GDPR: the period may be extended by two further months where necessary, taking into account
 * the complexity and number of requests; the requester is told of it, with the reasons, within the first
 * month. `decidedOn` is the day the requester was told.
 */
export interface Extension {
  months: number;
  reason: string;
  decidedOn: DateInput;
}

export interface DatedExtension {
  months: number;
  reason: string;
  decidedOn: CalendarDate;
}

export const MAX_EXTENSION_MONTHS = 2;

export interface ExtensionContext {
  received: CalendarDate;
  /** The first period in months (one under Art. 12(3)). */
  months: number;
  pauses: readonly DatedPause[];
  calendar: HolidayCalendar;
}

/**
 * The extensions as calendar dates in the order decided, each checked: a stated reason, two further
 * months at most in total, and decided inside the first period, whose end is the due date of the first
 * month as it stood that day (moved off a weekend or holiday, later by the pauses up to then).
 */
export function datedExtensions(extensions: readonly Extension[], context: ExtensionContext): DatedExtension[] {
  const dated = extensions
    .map((extension) => ({ ...extension, decidedOn: toCalendarDate(extension.decidedOn, context.calendar.timeZone) }))
    .sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : 0));
  let total = 0;
  for (const extension of dated) {
    checkMonths(extension.months);
    total += extension.months;
    if (total > MAX_EXTENSION_MONTHS) {
      throw new DeadlineError(
        "extension-too-long",
        `Art. 12(3) GDPR allows ${MAX_EXTENSION_MONTHS} further months at most; this would make ${total}`,
      );
    }
    if (extension.reason.trim() === "") {
      throw new DeadlineError(
        "extension-without-reason",
        "an extension needs the reasons for the delay (Art. 12(3) GDPR)",
      );
    }
    if (extension.decidedOn < context.received) {
      throw new DeadlineError(
        "extension-before-receipt",
        `an extension cannot be decided (${extension.decidedOn}) before receipt (${context.received})`,
      );
    }
    const firstDue = firstPeriodDue(context, extension.decidedOn);
    if (extension.decidedOn > firstDue) {
      throw new DeadlineError(
        "extension-too-late",
        `the first period ended on ${firstDue}; an extension must be told to the requester within it (Art. 12(3) GDPR)`,
      );
    }
  }
  return dated;
}

/** The due date of the first period as it stood on a day, counting the pauses up to that day. */
function firstPeriodDue(context: ExtensionContext, asOf: CalendarDate): CalendarDate {
  return countPeriod({
    received: context.received,
    months: context.months,
    extensionMonths: [],
    pausedDays: pausedDays(pausesAsOf(context.pauses, asOf)),
    calendar: context.calendar,
  }).due;
}
