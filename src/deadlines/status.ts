import { calendarFor } from "./calendar/registry.js";
import { type CalendarDate, type DateInput, daysBetween, toCalendarDate } from "./date.js";
import { type DeadlineOptions, type DeadlineState, deadlineFor } from "./deadline.js";

/** A request counts as due soon from a week before its deadline. */
export const DUE_SOON_DAYS = 7;

export interface DeadlineStatus {
  /** The last day to answer; null while the clock is paused. */
  due: CalendarDate | null;
  /** Calendar days from today to the due date: 0 on the day itself, negative when overdue; null while paused. */
  daysLeft: number | null;
  overdue: boolean;
  dueSoon: boolean;
  paused: boolean;
  extended: boolean;
  /** Days the clock stood still in pauses that have ended. */
  pausedDays: number;
}

/** Where a request's clock stands on a day (`now` is placed in the calendar's time zone). */
export function deadlineStatus(state: DeadlineState, now: DateInput, options: DeadlineOptions = {}): DeadlineStatus {
  const calendar = options.calendar ?? calendarFor();
  const deadline = deadlineFor(state, { calendar });
  const common = { extended: deadline.extendedBy > 0, pausedDays: deadline.pausedDays };
  if (deadline.paused) return { due: null, daysLeft: null, overdue: false, dueSoon: false, paused: true, ...common };
  const daysLeft = daysBetween(toCalendarDate(now, calendar.timeZone), deadline.due);
  return {
    due: deadline.due,
    daysLeft,
    overdue: daysLeft < 0,
    dueSoon: daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS,
    paused: false,
    ...common,
  };
}
