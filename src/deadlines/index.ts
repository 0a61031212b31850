// The deadline domain's public surface: Art. 12(3) GDPR periods counted under Regulation 1182/71.
export type { CalendarOptions, Holiday, HolidayBasis, HolidayCalendar, Localized } from "./calendar/calendar.js";
export { CalendarConfigError, ruleCalendar } from "./calendar/calendar.js";
export { calendarFor, DEFAULT_COUNTRY, supportedCountries } from "./calendar/registry.js";
export type { CalendarDate, DateInput, DateParts, WallClock } from "./date.js";
export {
  addDays,
  addMonths,
  daysBetween,
  calendarDate,
  dateFromParts,
  InvalidDateError,
  isCalendarDate,
  monthsOn,
  parseDateInput,
  wallClock,
} from "./date.js";
export type { Deadline, DeadlineOptions, DeadlineState, PausedClock } from "./deadline.js";
export { deadlineFor, extendDeadline, responseDeadline } from "./deadline.js";
export { DeadlineError, type DeadlineErrorCode } from "./errors.js";
export { explainDeadline, explainStep } from "./explain.js";
export { type Extension, MAX_EXTENSION_MONTHS } from "./extension.js";
export type { Pause } from "./pause.js";
export type { DeadlineStep } from "./period.js";
export { DUE_SOON_DAYS, type DeadlineStatus, deadlineStatus } from "./status.js";
export { dayMonthYear, longDate, monthName, monthYear, weekdayName } from "./words.js";
export { toCalendarDate } from "./date.js";
