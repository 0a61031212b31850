import type { InLang, Lang } from "../kernel/index.js";
import { type CalendarDate, dateParts, weekday } from "./date.js";

/*
 * Dates in words, from our own tables rather than Intl: ICU's data differs between Node builds (full
 * or small ICU, one CLDR release or the next), and a statement, a record or a page must come out
 * byte-identical wherever it is built. The one date formatter of Waarborg; vocabulary and pages call it.
 */

const MONTHS = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
} as const satisfies InLang<readonly string[]>;

/** Sunday first, as weekday() counts. */
const WEEKDAYS = {
  nl: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
} as const satisfies InLang<readonly string[]>;

/** The name of a month (1 = January). */
export function monthName(month: number, lang: Lang): string {
  const name = MONTHS[lang][month - 1];
  if (name === undefined) throw new RangeError(`month ${month} is not from 1 to 12`);
  return name;
}

/** "maandag" / "Monday". */
export function weekdayName(date: CalendarDate, lang: Lang): string {
  return WEEKDAYS[lang][weekday(date)];
}

/** "6 april 2026" / "6 April 2026". */
export function dayMonthYear(date: CalendarDate, lang: Lang): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${monthName(month, lang)} ${year}`;
}

/** "maandag 6 april 2026" / "Monday 6 April 2026" (no comma after the weekday, in either language). */
export function longDate(date: CalendarDate, lang: Lang): string {
  return `${weekdayName(date, lang)} ${dayMonthYear(date, lang)}`;
}

/** "februari 2026" / "February 2026". */
export function monthYear(date: CalendarDate, lang: Lang): string {
  const { year, month } = dateParts(date);
  return `${monthName(month, lang)} ${year}`;
}

/** English ordinals: 1st, 2nd, 3rd, but 11th, 12th, 13th (and 111th), and th for the rest. */
function englishOrdinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th");
  return `${n}${suffix}`;
}

const ORDINAL = {
  nl: (n: number) => `${n}e`,
  en: englishOrdinal,
} satisfies InLang<(n: number) => string>;

/** "31e" / "31st". */
export function ordinal(n: number, lang: Lang): string {
  return ORDINAL[lang](n);
}

const UNITS = {
  nl: { month: ["maand", "maanden"], day: ["dag", "dagen"] },
  en: { month: ["month", "months"], day: ["day", "days"] },
} as const satisfies InLang<Record<"month" | "day", readonly [string, string]>>;

/** "1 maand", "2 maanden" / "1 month", "2 months". */
export function count(n: number, unit: "month" | "day", lang: Lang): string {
  const [one, many] = UNITS[lang][unit];
  return `${n} ${n === 1 ? one : many}`;
}
