import type { HolidayBasis, HolidayCalendar, Localized } from "./calendar/calendar.js";
import { type CalendarDate, addDays, dateParts, weekday } from "./date.js";

/** Why a period may not end on a day (Regulation 1182/71 art. 2(2): working days exclude these). */
export interface NonWorkingDay {
  date: CalendarDate;
  why: "holiday" | "saturday" | "sunday";
  /** The holiday's name, or the name of a notable Sunday (Easter Sunday). */
  name?: Localized;
  /** For a holiday: whether the statute, a decree or the configuration makes it one. */
  basis?: HolidayBasis;
}

/** Why the day is no working day, or undefined when it is one. A holiday is named even on a weekend. */
export function nonWorkingDay(date: CalendarDate, calendar: HolidayCalendar): NonWorkingDay | undefined {
  const holiday = calendar.holidays(dateParts(date).year).find((day) => day.date === date);
  if (holiday) return { date, why: "holiday", name: holiday.name, basis: holiday.basis };
  const day = weekday(date);
  if (day !== 0 && day !== 6) return undefined;
  const name = calendar.dayName(date);
  return { date, why: day === 0 ? "sunday" : "saturday", ...(name ? { name } : {}) };
}

/**
 * The day itself when it is a working day, else the first working day after it (Regulation 1182/71
 * art. 3(4)), with the days passed over so the move can be explained.
 */
export function onOrAfterWorkingDay(
  date: CalendarDate,
  calendar: HolidayCalendar,
): { date: CalendarDate; skipped: NonWorkingDay[] } {
  const skipped: NonWorkingDay[] = [];
  let day = date;
  for (let reason = nonWorkingDay(day, calendar); reason; reason = nonWorkingDay(day, calendar)) {
    skipped.push(reason);
    day = addDays(day, 1);
  }
  return { date: day, skipped };
}
