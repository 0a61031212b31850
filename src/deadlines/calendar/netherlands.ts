import { type CalendarDate, addDays, dateFromParts, weekday } from "../date.js";
import {
  type CalendarOptions,
  type Holiday,
  type HolidayCalendar,
  type NamedDay,
  mergeHolidays,
  ruleCalendar,
} from "./calendar.js";
import { easterSunday } from "./easter.js";
import { decreeCovers, decreeDays } from "./netherlands-decree.js";

/**
 * The holidays of the Algemene termijnenwet art. 3(1), with Good Friday, which art. 3(2) equates with
 * them. 5 May counts every year here, whatever the day-off practice in collective agreements.
 */
function dutchStatutoryHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const on = (month: number, day: number) => dateFromParts(year, month, day);
  const law = (id: string, date: CalendarDate, nl: string, en: string): Holiday => ({
    id,
    date,
    name: { nl, en },
    basis: "law",
  });
  return [
    law("new-years-day", on(1, 1), "Nieuwjaarsdag", "New Year's Day"),
    { ...law("good-friday", addDays(easter, -2), "Goede Vrijdag", "Good Friday"), basis: "law-equated" },
    law("easter-monday", addDays(easter, 1), "Tweede Paasdag", "Easter Monday"),
    law("kings-day", kingsDay(year), "Koningsdag", "King's Day"),
    law("liberation-day", on(5, 5), "Bevrijdingsdag", "Liberation Day"),
    law("ascension-day", addDays(easter, 39), "Hemelvaartsdag", "Ascension Day"),
    law("whit-monday", addDays(easter, 50), "Tweede Pinksterdag", "Whit Monday"),
    law("christmas-day", on(12, 25), "Eerste Kerstdag", "Christmas Day"),
    law("boxing-day", on(12, 26), "Tweede Kerstdag", "Boxing Day"),
  ];
}

/** The King's birthday is celebrated on 27 April, or on the 26th when the 27th is a Sunday. */
export function kingsDay(year: number): CalendarDate {
  const birthday = dateFromParts(year, 4, 27);
  return weekday(birthday) === 0 ? addDays(birthday, -1) : birthday;
}

/** Statutory holidays plus the days a known decree equates with them. */
function dutchHolidays(year: number): Holiday[] {
  return mergeHolidays([...dutchStatutoryHolidays(year), ...decreeDays(year)]);
}

function dutchNamedDays(year: number): NamedDay[] {
  const easter = easterSunday(year);
  return [
    { date: easter, name: { nl: "Eerste Paasdag", en: "Easter Sunday" } },
    { date: addDays(easter, 49), name: { nl: "Eerste Pinksterdag", en: "Whit Sunday" } },
  ];
}

/** The Dutch calendar for deadlines; its days are counted in Amsterdam. */
export function netherlandsCalendar(options: CalendarOptions = {}): HolidayCalendar {
  return ruleCalendar(
    {
      country: "NL",
      name: { nl: "Nederland (Algemene termijnenwet)", en: "Netherlands (General Time Limits Act)" },
      timeZone: "Europe/Amsterdam",
      // King's Day replaced Queen's Day (30 April) in 2014; earlier years would need other rules.
      firstYear: 2014,
      holidays: dutchHolidays,
      decreesKnown: (year) => decreeCovers(year),
      namedDays: dutchNamedDays,
    },
    options,
  );
}
