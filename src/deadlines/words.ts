import type { Lang } from "../kernel/index.js";
import { type CalendarDate, dateParts } from "./date.js";

const LOCALE: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };

function asUtc(date: CalendarDate): Date {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

// Dates are formatted in UTC because they are plain days: no time zone may shift them.
function format(date: CalendarDate, lang: Lang, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: "UTC" }).format(asUtc(date));
}

/** "6 april 2026" / "6 April 2026". */
export function dayMonthYear(date: CalendarDate, lang: Lang): string {
  return format(date, lang, { day: "numeric", month: "long", year: "numeric" });
}

/** "maandag 6 april 2026" / "Monday 6 April 2026" (without the comma en-GB would put after the weekday). */
export function longDate(date: CalendarDate, lang: Lang): string {
  return `${format(date, lang, { weekday: "long" })} ${dayMonthYear(date, lang)}`;
}

/** "februari 2026" / "February 2026". */
export function monthYear(date: CalendarDate, lang: Lang): string {
  return format(date, lang, { month: "long", year: "numeric" });
}

const EN_ORDINAL_SUFFIX: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };

/** "31e" / "31st". */
export function ordinal(n: number, lang: Lang): string {
  if (lang === "nl") return `${n}e`;
  return `${n}${EN_ORDINAL_SUFFIX[new Intl.PluralRules("en-GB", { type: "ordinal" }).select(n)]}`;
}

/** "1 maand", "2 maanden" / "1 month", "2 months". */
export function count(n: number, unit: "month" | "day", lang: Lang): string {
  const words = {
    nl: { month: ["maand", "maanden"], day: ["dag", "dagen"] },
    en: { month: ["month", "months"], day: ["day", "days"] },
  }[lang][unit];
  return `${n} ${n === 1 ? words[0] : words[1]}`;
}
