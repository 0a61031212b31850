import { addDays, addMonths, type CalendarDate, toCalendarDate } from "../deadlines/index.js";
import { parseDuration } from "../register/index.js";

/**
 * Days a task is due before the request's own deadline: room for the privacy officer to chase a late
 * answer, or to build the package and answer the person, before the period runs out.
 */
export const DEADLINE_MARGIN_DAYS = 5;

/** A reminder goes out this many days before the due date, and again on it. */
export const REMIND_BEFORE_DAYS = 2;

/**
 * The day a task is due: `due_within` from now, but never later than the request's deadline minus the
 * margin, and never before today (a request filed late in its period gets a task due at once).
 */
export function taskDueOn(now: Date, timeZone: string, dueWithin: string, requestDue: CalendarDate): CalendarDate {
  const today = toCalendarDate(now, timeZone);
  const period = parseDuration(dueWithin) ?? { amount: 10, unit: "day" as const };
  const within =
    period.unit === "hour"
      ? toCalendarDate(new Date(now.getTime() + period.amount * 3_600_000), timeZone)
      : period.unit === "month" || period.unit === "year"
        ? addMonths(today, period.amount * (period.unit === "year" ? 12 : 1))
        : addDays(today, period.amount * (period.unit === "week" ? 7 : 1));
  const latest = addDays(requestDue, -DEADLINE_MARGIN_DAYS);
  const due = within < latest ? within : latest;
  return due < today ? today : due;
}
