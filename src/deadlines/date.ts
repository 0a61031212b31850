/**
 * Plain calendar dates (YYYY-MM-DD) for deadline arithmetic. Legal periods are counted in days on a
 * calendar, not in hours on a clock, so dates carry no time zone: an instant is turned into a date once,
 * in the time zone of the calendar that applies, and everything after that is day arithmetic.
 */

declare const calendarDateBrand: unique symbol;

/** A valid Gregorian date written YYYY-MM-DD; strings of this shape sort in date order. */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

/** What a caller may hand in where a day is meant: a calendar date, or an instant to place in a time zone. */
export type DateInput = CalendarDate | Date;

export interface DateParts {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
}

/** Sunday = 0 ... Saturday = 6, as in JavaScript's Date. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
// The Gregorian calendar (and so the Easter computus) starts in 1583; four digits keep string order.
const FIRST_YEAR = 1583;
const LAST_YEAR = 9999;

export class InvalidDateError extends Error {}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isCalendarDate(text: string): text is CalendarDate {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return (
    year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Parses YYYY-MM-DD; a date that does not exist (2026-02-30) is refused, not rolled over. */
export function calendarDate(text: string): CalendarDate {
  if (isCalendarDate(text)) return text;
  if (ISO_DATE.test(text)) {
    throw new InvalidDateError(`"${text}" is no day on the calendar (years ${FIRST_YEAR}-${LAST_YEAR})`);
  }
  throw new InvalidDateError(`"${text}" is not a date in the form YYYY-MM-DD`);
}

export function dateFromParts(year: number, month: number, day: number): CalendarDate {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return calendarDate(text);
}

export function dateParts(date: CalendarDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01; the common ground for adding and subtracting days. */
export function dayNumber(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function dateFromDayNumber(days: number): CalendarDate {
  const utc = new Date(days * MS_PER_DAY);
  return dateFromParts(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateFromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function weekday(date: CalendarDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(date: CalendarDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/**
 * The one month arithmetic in Waarborg: the same-numbered day `months` months on (back when negative),
 * or the last day of that month when it has no such day (31 January + 1 month = 28 or 29 February):
 * the month rule of Regulation 1182/71 art. 3(2)(c). On plain parts, so instants (a retention hold's
 * start) and months without a day (a dashboard's columns) step the same way as calendar dates.
 */
export function monthsOn(parts: DateParts, months: number): DateParts {
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(parts.day, daysInMonth(year, month)) };
}

/** A calendar date `months` months on, by the month rule of monthsOn. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = monthsOn(dateParts(date), months);
  return dateFromParts(year, month, day);
}

/** What a clock in a time zone shows at an instant: the date, and the time to the second. */
export interface WallClock extends DateParts {
  hour: number;
  minute: number;
  second: number;
}

// The time zone database lives in ICU and nowhere else in Node, so this is the one place Waarborg asks
// Intl: for numbers only (no names, no order of parts), which do not change between ICU builds.
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in a time zone (an IANA name such as Europe/Amsterdam) at an instant. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  if (Number.isNaN(instant.getTime())) throw new InvalidDateError("not a valid instant");
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    // eslint-disable-next-line no-restricted-syntax
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    wallClockFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

/** The calendar date an instant falls on in a time zone (an IANA name such as Europe/Amsterdam). */
export function dateInTimeZone(instant: Date, timeZone: string): CalendarDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return dateFromParts(year, month, day);
}

/** A calendar date as given, or the date an instant falls on in the time zone. */
export function toCalendarDate(input: DateInput, timeZone: string): CalendarDate {
  return input instanceof Date ? dateInTimeZone(input, timeZone) : calendarDate(input);
}

// An instant needs an explicit offset; without one its meaning would depend on the machine's time zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads a day (2026-03-05) or an instant with its offset (2026-03-31T23:30:00Z) from text. */
export function parseDateInput(text: string): DateInput {
  if (ISO_DATE.test(text)) return calendarDate(text);
  if (ISO_INSTANT.test(text)) {
    const instant = new Date(text);
    if (!Number.isNaN(instant.getTime())) return instant;
  }
  throw new InvalidDateError(
    `"${text}" is neither a date (YYYY-MM-DD) nor an instant with an offset (YYYY-MM-DDTHH:MM:SSZ or +01:00)`,
  );
}
