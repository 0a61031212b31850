import { type CalendarDate, calendarDate, dateParts } from "../date.js";
import type { Holiday, Localized } from "./calendar.js";

/**
 * A Royal Decree under art. 3 of the Algemene termijnenwet: the years it covers and the days it
 * equates with a public holiday. The decrees list dates, and no rule predicts them (a Monday before a
 * Tuesday holiday is no decree day in 2026 or 2027), so they are data: a new decree is a new entry
 * here, and a company can add or drop a day through the calendar's `extra` and `remove` options.
 */
export interface Decree {
  /** The first and the last year the decree covers. */
  years: readonly [number, number];
  days: readonly { date: string; name: Localized }[];
}

const AFTER_ASCENSION: Localized = { nl: "vrijdag na Hemelvaartsdag", en: "Friday after Ascension Day" };
const AFTER_KINGS_DAY: Localized = { nl: "vrijdag na Koningsdag", en: "Friday after King's Day" };
const AFTER_BOXING_DAY: Localized = { nl: "vrijdag na Tweede Kerstdag", en: "Friday after Boxing Day" };
const AFTER_NEW_YEAR: Localized = { nl: "vrijdag na Nieuwjaarsdag", en: "Friday after New Year's Day" };

/** The decrees whose days are known: the dates their titles list. */
export const NL_DECREES: readonly Decree[] = [
  {
    years: [2023, 2025],
    days: [
      { date: "2023-04-28", name: AFTER_KINGS_DAY },
      { date: "2023-05-19", name: AFTER_ASCENSION },
      { date: "2024-05-10", name: AFTER_ASCENSION },
      { date: "2024-12-27", name: AFTER_BOXING_DAY },
      { date: "2025-05-30", name: AFTER_ASCENSION },
    ],
  },
  {
    years: [2026, 2028],
    days: [
      { date: "2026-01-02", name: AFTER_NEW_YEAR },
      { date: "2026-05-15", name: AFTER_ASCENSION },
      { date: "2027-05-07", name: AFTER_ASCENSION },
      { date: "2028-04-28", name: AFTER_KINGS_DAY },
      { date: "2028-05-26", name: AFTER_ASCENSION },
    ],
  },
];

/** Whether a decree covers the year: if none does, no day of it is counted as equated by decree. */
export function decreeCovers(year: number, decrees: readonly Decree[] = NL_DECREES): boolean {
  return decrees.some(({ years: [first, last] }) => first <= year && year <= last);
}

/** The days the decrees equate with a holiday in one year. */
export function decreeDays(year: number, decrees: readonly Decree[] = NL_DECREES): Holiday[] {
  return decrees
    .flatMap((decree) => decree.days)
    .map((day) => ({ date: calendarDate(day.date), name: day.name }))
    .filter((day) => dateParts(day.date).year === year)
    .map((day) => ({ id: `decree-${day.date}`, date: day.date as CalendarDate, name: day.name, basis: "decree" }));
}
