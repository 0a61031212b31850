import type { Lang } from "../../kernel/index.js";
import { type CalendarDate, calendarDate, dateParts } from "../date.js";

/** A text in each language the product speaks. */
export type Localized = Record<Lang, string>;

/**
 * Why a day counts as a holiday for deadlines, strongest first: named in the statute, equated with a
 * holiday by the statute itself, equated by a decree under it, or added by the company's configuration.
 */
export type HolidayBasis = "law" | "law-equated" | "decree" | "configuration";

const BASIS_ORDER: readonly HolidayBasis[] = ["law", "law-equated", "decree", "configuration"];

export interface Holiday {
  /** Stable key, for tests and for code that treats a day specially (e.g. "ascension-day"). */
  id: string;
  date: CalendarDate;
  name: Localized;
  basis: HolidayBasis;
}

/** A day worth naming in an explanation although it is no holiday of its own (Easter Sunday is a Sunday). */
export interface NamedDay {
  date: CalendarDate;
  name: Localized;
}

/** The days on which a period may not end in one member state, and the time zone its days are counted in. */
export interface HolidayCalendar {
  /** ISO 3166-1 alpha-2 code of the member state. */
  readonly country: string;
  readonly name: Localized;
  /** IANA time zone in which an instant of receipt becomes a calendar date. */
  readonly timeZone: string;
  isHoliday(date: CalendarDate): boolean;
  /** The holidays of a year in date order. */
  holidays(year: number): Holiday[];
  /** The holiday on a date, or a named day (Easter Sunday), for explanations; undefined for an ordinary day. */
  dayName(date: CalendarDate): Localized | undefined;
  /**
   * Whether the days a decree equates with holidays are known for a year. Where they are not, none is
   * counted: the deadline is then the earliest a later decree could make it, and explanations say so.
   */
  decreesKnown(year: number): boolean;
}

/** A day the company adds, such as a day of a decree newer than the calendar's data. */
export type ExtraDay = string | { date: string; name?: Localized };

export interface CalendarOptions {
  /** Days to treat as holidays as well. */
  extra?: readonly ExtraDay[];
  /**
   * Decree days to drop when the decree in force did not equate them. Days the statute itself names
   * cannot be dropped: configuration cannot change the law.
   */
  remove?: readonly string[];
}

export class CalendarConfigError extends Error {}

/** What a member state's calendar supplies; `ruleCalendar` turns it into a HolidayCalendar. */
export interface CalendarRules {
  country: string;
  name: Localized;
  timeZone: string;
  /** The first year the rules describe; earlier years are refused rather than answered wrongly. */
  firstYear: number;
  holidays(year: number): Holiday[];
  namedDays?(year: number): NamedDay[];
  /** Whether a decree's days are known for the year; a state without such decrees leaves it out. */
  decreesKnown?(year: number): boolean;
}

const CONFIGURED_NAME: Localized = { nl: "extra dag uit de configuratie", en: "extra day from the configuration" };

/** Builds a calendar from a member state's rules plus the company's additions and corrections. */
export function ruleCalendar(rules: CalendarRules, options: CalendarOptions = {}): HolidayCalendar {
  const extra = (options.extra ?? []).map(toExtraHoliday);
  const removed = new Set((options.remove ?? []).map((text) => calendarDate(text)));
  const cache = new Map<number, Holiday[]>();

  const coverYear = (year: number) => {
    if (year < rules.firstYear) {
      throw new CalendarConfigError(
        `the ${rules.country} holiday calendar covers ${rules.firstYear} onwards, not ${year}`,
      );
    }
  };

  const holidays = (year: number): Holiday[] => {
    coverYear(year);
    let days = cache.get(year);
    if (!days) {
      const own = extra.filter((day) => dateParts(day.date).year === year);
      days = mergeHolidays([...rules.holidays(year), ...own]).filter((day) => !removed.has(day.date));
      cache.set(year, days);
    }
    // A copy, so a caller that sorts or edits the list cannot change the calendar.
    return days.map((day) => ({ ...day }));
  };

  for (const date of removed) {
    const { year } = dateParts(date);
    coverYear(year);
    const found = mergeHolidays([...rules.holidays(year), ...extra]).find((day) => day.date === date);
    if (!found) {
      throw new CalendarConfigError(`cannot remove ${date}: it is no holiday in the ${rules.country} calendar`);
    }
    if (found.basis === "law" || found.basis === "law-equated") {
      throw new CalendarConfigError(`cannot remove ${date} (${found.name.en}): the statute makes it a holiday`);
    }
  }

  const holidayOn = (date: CalendarDate) => {
    holidays(dateParts(date).year);
    return cache.get(dateParts(date).year)?.find((day) => day.date === date);
  };

  return {
    country: rules.country,
    name: rules.name,
    timeZone: rules.timeZone,
    isHoliday: (date) => holidayOn(date) !== undefined,
    holidays,
    decreesKnown: (year) => rules.decreesKnown?.(year) ?? true,
    dayName(date) {
      const holiday = holidayOn(date);
      if (holiday) return holiday.name;
      return rules.namedDays?.(dateParts(date).year).find((day) => day.date === date)?.name;
    },
  };
}

function toExtraHoliday(day: ExtraDay): Holiday {
  const date = calendarDate(typeof day === "string" ? day : day.date);
  const name = typeof day === "string" ? CONFIGURED_NAME : (day.name ?? CONFIGURED_NAME);
  return { id: `configured-${date}`, date, name, basis: "configuration" };
}

/** One holiday per date (the strongest basis wins, so a statutory day keeps its name), in date order. */
export function mergeHolidays(days: readonly Holiday[]): Holiday[] {
  const byDate = new Map<CalendarDate, Holiday>();
  for (const day of days) {
    const seen = byDate.get(day.date);
    if (!seen || BASIS_ORDER.indexOf(day.basis) < BASIS_ORDER.indexOf(seen.basis)) byDate.set(day.date, day);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
