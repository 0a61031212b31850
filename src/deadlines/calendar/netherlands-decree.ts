import { type CalendarDate, addDays, weekday, type Weekday } from "../date.js";
import type { Holiday, Localized } from "./calendar.js";

/**
 * Days a Royal Decree under art. 3 of the Algemene termijnenwet equates with a holiday. The decree is
 * issued every three years and lists dates; the rules below are the practice those decrees follow (the
 * Friday after Ascension Day, and a bridge day next to a holiday on a Tuesday or a Thursday). They are
 * data, not code, so a new decree that departs from the practice is a change here, and a company can
 * correct a single day through the calendar's `extra` and `remove` options without waiting for a release.
 */
export interface DecreeRule {
  id: string;
  /** The holidays the rule looks at: listed ids, or every statutory holiday. */
  of: readonly string[] | "every-holiday";
  /** The weekday the holiday must fall on. */
  fallsOn: Weekday;
  /** Days from the holiday to the equated day: -1 the day before, 1 the day after. */
  offset: number;
  /** The equated day's name; {holiday} stands for the holiday's name. */
  name: Localized;
}

const TUESDAY: Weekday = 2;
const THURSDAY: Weekday = 4;

export const NL_DECREE_RULES: readonly DecreeRule[] = [
  {
    id: "friday-after-ascension-day",
    of: ["ascension-day"],
    fallsOn: THURSDAY,
    offset: 1,
    name: { nl: "vrijdag na {holiday}", en: "Friday after {holiday}" },
  },
  {
    id: "monday-before-tuesday-holiday",
    of: "every-holiday",
    fallsOn: TUESDAY,
    offset: -1,
    name: { nl: "maandag vóór {holiday}", en: "Monday before {holiday}" },
  },
  {
    id: "friday-after-thursday-holiday",
    of: "every-holiday",
    fallsOn: THURSDAY,
    offset: 1,
    name: { nl: "vrijdag na {holiday}", en: "Friday after {holiday}" },
  },
];

/** The days the rules equate next to the given statutory holidays. */
export function decreeDays(statutory: readonly Holiday[], rules: readonly DecreeRule[] = NL_DECREE_RULES): Holiday[] {
  const days: Holiday[] = [];
  for (const rule of rules) {
    for (const holiday of statutory) {
      if (rule.of !== "every-holiday" && !rule.of.includes(holiday.id)) continue;
      if (weekday(holiday.date) !== rule.fallsOn) continue;
      days.push({
        id: `${rule.id}:${holiday.id}`,
        date: addDays(holiday.date, rule.offset) as CalendarDate,
        name: {
          nl: rule.name.nl.replace("{holiday}", holiday.name.nl),
          en: rule.name.en.replace("{holiday}", holiday.name.en),
        },
        basis: "decree",
      });
    }
  }
  return days;
}
