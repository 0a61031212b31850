import { type CalendarDate, addDays, dateFromParts } from "../date.js";
import { type CalendarOptions, type Holiday, type HolidayCalendar, ruleCalendar } from "./calendar.js";
import { easterSunday } from "./easter.js";

/**
 * The ten Belgian public holidays (wettelijke feestdagen, Wet van 4 januari 1974). A period that would
 * end on one of them, or on a Saturday or Sunday, runs to the next working day (Gerechtelijk Wetboek
 * art. 53). Community holidays (11 July, 27 September, 15 November) are not national and not counted.
 */
function belgianHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const on = (month: number, day: number) => dateFromParts(year, month, day);
  const law = (id: string, date: CalendarDate, nl: string, en: string): Holiday => ({
    id,
    date,
    name: { nl, en },
    basis: "law",
  });
  return [
    law("new-years-day", on(1, 1), "Nieuwjaar", "New Year's Day"),
    law("easter-monday", addDays(easter, 1), "Paasmaandag", "Easter Monday"),
    law("labour-day", on(5, 1), "Feest van de Arbeid", "Labour Day"),
    law("ascension-day", addDays(easter, 39), "Onze-Lieve-Heer-Hemelvaart", "Ascension Day"),
    law("whit-monday", addDays(easter, 50), "Pinkstermaandag", "Whit Monday"),
    law("national-day", on(7, 21), "Nationale feestdag", "Belgian National Day"),
    law("assumption-day", on(8, 15), "Onze-Lieve-Vrouw-Hemelvaart", "Assumption Day"),
    law("all-saints-day", on(11, 1), "Allerheiligen", "All Saints' Day"),
    law("armistice-day", on(11, 11), "Wapenstilstand", "Armistice Day"),
    law("christmas-day", on(12, 25), "Kerstmis", "Christmas Day"),
  ];
}

/** The Belgian calendar for deadlines; its days are counted in Brussels. */
export function belgiumCalendar(options: CalendarOptions = {}): HolidayCalendar {
  return ruleCalendar(
    {
      country: "BE",
      name: { nl: "België (wettelijke feestdagen)", en: "Belgium (public holidays)" },
      timeZone: "Europe/Brussels",
      // The GDPR applies from 2018; the list of holidays has not changed since 1974.
      firstYear: 2018,
      holidays: belgianHolidays,
      namedDays: (year) => [{ date: easterSunday(year), name: { nl: "Pasen", en: "Easter Sunday" } }],
    },
    options,
  );
}
