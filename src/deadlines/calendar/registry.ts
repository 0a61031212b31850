import { type CalendarOptions, CalendarConfigError, type HolidayCalendar } from "./calendar.js";
import { belgiumCalendar } from "./belgium.js";
import { germanyCalendar } from "./germany.js";
import { netherlandsCalendar } from "./netherlands.js";

/**
 * Holiday calendars by member state. Another state plugs in with one file of rules (see `ruleCalendar`)
 * and one line here; the deadline arithmetic does not change.
 */
const CALENDARS: Readonly<Record<string, (options: CalendarOptions) => HolidayCalendar>> = {
  BE: belgiumCalendar,
  DE: germanyCalendar,
  NL: netherlandsCalendar,
};

export const DEFAULT_COUNTRY = "NL";

export function supportedCountries(): string[] {
  return Object.keys(CALENDARS).sort();
}

/** The calendar of a member state (NL unless told otherwise), with the company's extra or removed days. */
export function calendarFor(country: string = DEFAULT_COUNTRY, options: CalendarOptions = {}): HolidayCalendar {
  const code = country.toUpperCase();
  const build = CALENDARS[code];
  if (!build) {
    throw new CalendarConfigError(`no holiday calendar for ${code}; available: ${supportedCountries().join(", ")}`);
  }
  return build(options);
}
