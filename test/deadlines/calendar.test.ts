import { describe, expect, it } from "vitest";
import { CalendarConfigError, ruleCalendar } from "../../src/deadlines/calendar/calendar.js";
import { kingsDay, netherlandsCalendar } from "../../src/deadlines/calendar/netherlands.js";
import { decreeCovers, decreeDays, NL_DECREES } from "../../src/deadlines/calendar/netherlands-decree.js";
import { calendarFor, supportedCountries } from "../../src/deadlines/calendar/registry.js";
import { calendarDate as d, weekday } from "../../src/deadlines/date.js";

// LAW.md, "Deadlines for data-subject requests": the Dutch holidays of the Algemene termijnenwet art. 3
// and the days a Royal Decree equates with them: only the days a decree lists.
const nl = calendarFor("NL");
const on = (year: number) => new Map(nl.holidays(year).map((day) => [day.date as string, day]));

describe("Dutch statutory holidays (Algemene termijnenwet art. 3)", () => {
  it("lists the 2026 holidays with their Dutch and English names", () => {
    const statutory = nl.holidays(2026).filter((day) => day.basis !== "decree");
    expect(statutory.map((day) => [day.date, day.name.nl, day.name.en])).toEqual([
      ["2026-01-01", "Nieuwjaarsdag", "New Year's Day"],
      ["2026-04-03", "Goede Vrijdag", "Good Friday"],
      ["2026-04-06", "Tweede Paasdag", "Easter Monday"],
      ["2026-04-27", "Koningsdag", "King's Day"],
      ["2026-05-05", "Bevrijdingsdag", "Liberation Day"],
      ["2026-05-14", "Hemelvaartsdag", "Ascension Day"],
      ["2026-05-25", "Tweede Pinksterdag", "Whit Monday"],
      ["2026-12-25", "Eerste Kerstdag", "Christmas Day"],
      ["2026-12-26", "Tweede Kerstdag", "Boxing Day"],
    ]);
  });

  it("marks Good Friday as equated by the statute (art. 3(2)) and the others as named by it", () => {
    expect(on(2026).get("2026-04-03")?.basis).toBe("law-equated");
    expect(on(2026).get("2026-04-06")?.basis).toBe("law");
  });

  it("holds King's Day on 26 April when 27 April is a Sunday (2025, 2031), else on the 27th", () => {
    expect(weekday(d("2025-04-27"))).toBe(0);
    expect(kingsDay(2025)).toBe("2025-04-26");
    expect(kingsDay(2031)).toBe("2031-04-26");
    expect(kingsDay(2026)).toBe("2026-04-27");
    expect(nl.isHoliday(d("2025-04-27"))).toBe(false);
  });

  it("counts 5 May every year, not only in the lustrum years when it is a day off", () => {
    for (const year of [2026, 2027, 2028, 2029, 2030, 2031]) {
      expect(on(year).get(`${year}-05-05`)?.id).toBe("liberation-day");
    }
  });

  it("derives Ascension Day (Easter + 39) and Whit Monday (Easter + 50) from Easter", () => {
    expect(on(2027).get("2027-05-06")?.id).toBe("ascension-day"); // Easter 28 March 2027
    expect(on(2027).get("2027-05-17")?.id).toBe("whit-monday");
  });

  it("keeps the year's days in date order, one per date", () => {
    for (const year of [2024, 2025, 2026, 2029]) {
      const dates = nl.holidays(year).map((day) => day.date);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates.every((date) => date.startsWith(`${year}-`))).toBe(true);
    }
  });
});

describe("days equated by Royal Decree (only the days the decrees list)", () => {
  it("equates the days of the decree for 2023-2025", () => {
    const listed = ["2023-04-28", "2023-05-19", "2024-05-10", "2024-12-27", "2025-05-30"];
    for (const date of listed)
      expect(nl.holidays(Number(date.slice(0, 4))).find((day) => day.date === date)?.basis).toBe("decree");
    expect(on(2024).get("2024-12-27")?.name.en).toBe("Friday after Boxing Day");
    expect(on(2023).get("2023-04-28")?.name.nl).toBe("vrijdag na Koningsdag");
  });

  it("equates the days of the decree for 2026-2028, and no other day", () => {
    const decreed = [2026, 2027, 2028].flatMap((year) =>
      nl
        .holidays(year)
        .filter((day) => day.basis === "decree")
        .map((day) => day.date),
    );
    expect(decreed).toEqual(["2026-01-02", "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26"]);
    expect(on(2026).get("2026-05-15")).toMatchObject({ basis: "decree", name: { en: "Friday after Ascension Day" } });
    expect(on(2026).get("2026-01-02")?.name.en).toBe("Friday after New Year's Day");
  });

  it("keeps Monday 4 May 2026 and Monday 26 April 2027 working days: no decree lists them", () => {
    expect(weekday(d("2026-05-04"))).toBe(1);
    expect(weekday(d("2027-04-26"))).toBe(1);
    expect(nl.isHoliday(d("2026-05-04"))).toBe(false);
    expect(nl.isHoliday(d("2027-04-26"))).toBe(false);
  });

  it("predicts no decree day for a year no decree covers, and says which years those are", () => {
    expect(weekday(d("2029-05-11"))).toBe(5); // the Friday after Ascension Day 2029
    expect(nl.isHoliday(d("2029-05-11"))).toBe(false);
    expect(nl.holidays(2029).filter((day) => day.basis === "decree")).toEqual([]);
    expect([2022, 2023, 2025, 2026, 2028, 2029].map((year) => nl.decreesKnown(year))).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it("adds no decree day where the neighbour is already a holiday (Christmas on a Thursday: Boxing Day)", () => {
    expect(weekday(d("2025-12-25"))).toBe(4);
    expect(on(2025).get("2025-12-26")?.id).toBe("boxing-day");
    expect(on(2025).has("2025-12-27")).toBe(false);
  });
});

describe("calendar configuration", () => {
  it("adds extra days, named or not", () => {
    const calendar = calendarFor("NL", {
      extra: ["2026-12-24", { date: "2026-12-31", name: { nl: "Oudejaarsdag", en: "New Year's Eve" } }],
    });
    expect(calendar.isHoliday(d("2026-12-24"))).toBe(true);
    expect(calendar.holidays(2026).find((day) => day.date === "2026-12-24")?.basis).toBe("configuration");
    expect(calendar.dayName(d("2026-12-31"))?.en).toBe("New Year's Eve");
    expect(nl.isHoliday(d("2026-12-24"))).toBe(false);
  });

  it("keeps a statutory holiday's name when an extra day repeats it", () => {
    const calendar = calendarFor("NL", { extra: ["2026-12-25"] });
    expect(calendar.holidays(2026).find((day) => day.date === "2026-12-25")?.basis).toBe("law");
  });

  it("removes a decree day the decree in force did not equate", () => {
    const calendar = calendarFor("NL", { remove: ["2026-05-15"] });
    expect(calendar.isHoliday(d("2026-05-15"))).toBe(false);
    expect(calendar.isHoliday(d("2026-05-14"))).toBe(true);
  });

  it("refuses to remove a day the statute makes a holiday, or one that is no holiday", () => {
    expect(() => calendarFor("NL", { remove: ["2026-05-05"] })).toThrow(/statute makes it a holiday/);
    expect(() => calendarFor("NL", { remove: ["2026-04-03"] })).toThrow(/statute makes it a holiday/);
    expect(() => calendarFor("NL", { remove: ["2026-06-01"] })).toThrow(/no holiday/);
  });

  it("refuses years before King's Day replaced Queen's Day rather than answering them wrongly", () => {
    expect(() => nl.holidays(2013)).toThrow(CalendarConfigError);
    expect(nl.holidays(2014).find((day) => day.id === "kings-day")?.date).toBe("2014-04-26");
  });

  it("names Easter Sunday and Whit Sunday for explanations, though they are Sundays and no holidays of their own", () => {
    expect(nl.dayName(d("2026-04-05"))?.en).toBe("Easter Sunday");
    expect(nl.dayName(d("2026-05-24"))?.nl).toBe("Eerste Pinksterdag");
    expect(nl.isHoliday(d("2026-04-05"))).toBe(false);
    expect(nl.dayName(d("2026-04-08"))).toBeUndefined();
  });
});

describe("calendar registry (other member states pluggable)", () => {
  it("has NL as the default, in the Amsterdam time zone", () => {
    expect(supportedCountries()).toEqual(["BE", "DE", "NL"]);
    expect(calendarFor().country).toBe("NL");
    expect(calendarFor("nl").timeZone).toBe("Europe/Amsterdam");
    expect(netherlandsCalendar().name.en).toContain("Netherlands");
  });

  it("names the available calendars for an unknown country", () => {
    expect(() => calendarFor("FR")).toThrow("no holiday calendar for FR; available: BE, DE, NL");
  });

  it("builds another member state's calendar from its rules", () => {
    const lisbon = ruleCalendar({
      country: "PT",
      name: { nl: "Portugal", en: "Portugal" },
      timeZone: "Europe/Lisbon",
      firstYear: 2020,
      holidays: (year) => [
        {
          id: "republic",
          date: d(`${year}-10-05`),
          name: { nl: "Dag van de Republiek", en: "Republic Day" },
          basis: "law",
        },
      ],
    });
    expect(lisbon.isHoliday(d("2026-10-05"))).toBe(true);
    expect(lisbon.isHoliday(d("2026-05-05"))).toBe(false);
  });
});

describe("decrees as data", () => {
  it("takes a year's decree days only from the decrees given, so a new decree is a data change", () => {
    expect(decreeDays(2026).map((day) => day.date)).toEqual(["2026-01-02", "2026-05-15"]);
    const next = {
      years: [2029, 2031] as const,
      days: [{ date: "2029-05-11", name: { nl: "vrijdag", en: "Friday" } }],
    };
    expect(decreeDays(2029, [...NL_DECREES, next]).map((day) => [day.date, day.basis])).toEqual([
      ["2029-05-11", "decree"],
    ]);
    expect(decreeCovers(2029)).toBe(false);
    expect(decreeCovers(2031, [next])).toBe(true);
  });

  it("lists each decree day inside the years its decree covers, on a working weekday", () => {
    for (const decree of NL_DECREES)
      for (const day of decree.days) {
        const year = Number(day.date.slice(0, 4));
        expect(year >= decree.years[0] && year <= decree.years[1]).toBe(true);
        expect(weekday(d(day.date))).toBe(5);
      }
  });
});

describe("calendar isolation", () => {
  it("hands out copies, so editing a returned list leaves the calendar as it was", () => {
    const calendar = calendarFor("NL");
    const list = calendar.holidays(2026);
    list.splice(0, list.length);
    expect(calendar.isHoliday(d("2026-12-25"))).toBe(true);
    expect(calendar.holidays(2026)).toHaveLength(11); // nine statutory days and two decree days
  });
});
