import { type CalendarDate, addDays, dateFromParts } from "../date.js";
import { type CalendarOptions, type Holiday, type HolidayCalendar, ruleCalendar } from "./calendar.js";
import { easterSunday } from "./easter.js";

/**
 * The nine public holidays kept in every German Land. Each Land adds its own (Epiphany, Corpus Christi,
 * Reformation Day, ...), which this calendar does not know: a company adds its Land's days through the
 * `extra` option. Without them a deadline can fall on a Land holiday, never later than the law allows.
 */
function germanNationwideHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const on = (month: number, day: number) => dateFromParts(year, month, day);
  const law = (id: string, date: CalendarDate, de: string, nl: string, en: string): Holiday => ({
    id,
    date,
    name: { nl: `${nl} (${de})`, en: `${en} (${de})` },
    basis: "law",
  });
  return [
    law("new-years-day", on(1, 1), "Neujahr", "Nieuwjaarsdag", "New Year's Day"),
    law("good-friday", addDays(easter, -2), "Karfreitag", "Goede Vrijdag", "Good Friday"),
    law("easter-monday", addDays(easter, 1), "Ostermontag", "Tweede Paasdag", "Easter Monday"),
    law("labour-day", on(5, 1), "Tag der Arbeit", "Dag van de Arbeid", "Labour Day"),
    law("ascension-day", addDays(easter, 39), "Christi Himmelfahrt", "Hemelvaartsdag", "Ascension Day"),
    law("whit-monday", addDays(easter, 50), "Pfingstmontag", "Tweede Pinksterdag", "Whit Monday"),
    law("unity-day", on(10, 3), "Tag der Deutschen Einheit", "Dag van de Duitse Eenheid", "German Unity Day"),
    law("christmas-day", on(12, 25), "1. Weihnachtstag", "Eerste Kerstdag", "Christmas Day"),
    law("boxing-day", on(12, 26), "2. Weihnachtstag", "Tweede Kerstdag", "Boxing Day"),
  ];
}

/** The German calendar for deadlines: the nationwide holidays only, counted in Berlin. */
export function germanyCalendar(options: CalendarOptions = {}): HolidayCalendar {
  return ruleCalendar(
    {
      country: "DE",
      name: {
        nl: "Duitsland (landelijke feestdagen; die van de deelstaten niet)",
        en: "Germany (nationwide holidays; not those of the Länder)",
      },
      timeZone: "Europe/Berlin",
      // 2017 had Reformation Day nationwide once; the GDPR applies from 2018, so the rules start there.
      firstYear: 2018,
      holidays: germanNationwideHolidays,
      namedDays: (year) => [{ date: easterSunday(year), name: { nl: "Pasen", en: "Easter Sunday" } }],
    },
    options,
  );
}
