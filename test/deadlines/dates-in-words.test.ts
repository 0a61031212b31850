import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterEach, describe, expect, it, vi } from "vitest";
import { calendarDate as d } from "../../src/deadlines/date.js";
import { dayMonthYear, longDate, monthYear, ordinal, weekdayName } from "../../src/deadlines/words.js";
import { formatInstant } from "../../src/http/admin/format.js";
import { endOfDay } from "../../src/opendsr/protocol.js";
import { formatDate } from "../../src/vocabulary/dates.js";

// Statements, records and pages must come out byte-identical on every Node build, whatever ICU data
// it carries; so dates are written from Waarborg's own tables, pinned here in both languages.
const PINNED: [string, string, string][] = [
  ["2026-01-01", "donderdag 1 januari 2026", "Thursday 1 January 2026"],
  ["2024-02-29", "donderdag 29 februari 2024", "Thursday 29 February 2024"],
  ["2000-03-11", "zaterdag 11 maart 2000", "Saturday 11 March 2000"],
  ["2026-04-06", "maandag 6 april 2026", "Monday 6 April 2026"],
  ["1999-05-09", "zondag 9 mei 1999", "Sunday 9 May 1999"],
  ["2027-06-15", "dinsdag 15 juni 2027", "Tuesday 15 June 2027"],
  ["2026-07-31", "vrijdag 31 juli 2026", "Friday 31 July 2026"],
  ["2026-08-04", "dinsdag 4 augustus 2026", "Tuesday 4 August 2026"],
  ["2026-09-30", "woensdag 30 september 2026", "Wednesday 30 September 2026"],
  ["2026-10-07", "woensdag 7 oktober 2026", "Wednesday 7 October 2026"],
  ["2026-11-13", "vrijdag 13 november 2026", "Friday 13 November 2026"],
  ["2026-12-31", "donderdag 31 december 2026", "Thursday 31 December 2026"],
  ["2100-02-28", "zondag 28 februari 2100", "Sunday 28 February 2100"],
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe("dates in words", () => {
  it.each(PINNED)("writes %s in Dutch and English", (date, nl, en) => {
    expect(longDate(d(date), "nl")).toBe(nl);
    expect(longDate(d(date), "en")).toBe(en);
    expect(dayMonthYear(d(date), "nl")).toBe(nl.slice(nl.indexOf(" ") + 1));
    expect(dayMonthYear(d(date), "en")).toBe(en.slice(en.indexOf(" ") + 1));
    expect(formatDate(date, "nl")).toBe(dayMonthYear(d(date), "nl"));
  });

  it("names months and weekdays, and counts ordinals, in both languages", () => {
    expect(monthYear(d("2026-02-01"), "nl")).toBe("februari 2026");
    expect(monthYear(d("2026-02-01"), "en")).toBe("February 2026");
    expect(weekdayName(d("2026-04-05"), "nl")).toBe("zondag");
    const ns = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31, 101, 111, 112, 113];
    expect(ns.map((n) => ordinal(n, "en"))).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "31st",
      "101st",
      "111th",
      "112th",
      "113th",
    ]);
    expect(ns.map((n) => ordinal(n, "nl"))).toEqual(ns.map((n) => `${n}e`));
  });

  it("leaves text that is no date as it was written", () => {
    expect(formatDate("2026-13-01", "nl")).toBe("2026-13-01");
    expect(formatDate("spring 2026", "en")).toBe("spring 2026");
  });

  it("writes dates, console times and OpenDSR deadlines without asking Intl for words", () => {
    // As a Node build with other ICU data would answer: any name or pattern from Intl shows up here.
    const real = Intl.DateTimeFormat;
    vi.spyOn(Intl, "DateTimeFormat").mockImplementation(function (locale, options) {
      const format = new real(locale, options);
      const named = Object.values(options ?? {}).some((v) => v === "long" || v === "short" || v === "narrow");
      if (named || locale !== "en-US") throw new Error(`asked Intl for ${String(locale)} ${JSON.stringify(options)}`);
      return format;
    });
    expect(longDate(d("2026-04-06"), "nl")).toBe("maandag 6 april 2026");
    expect(monthYear(d("2026-04-06"), "en")).toBe("April 2026");
    expect(formatInstant("2025-03-05T09:30:00.000Z", "nl")).toBe("5 maart 2025 10:30");
    expect(formatInstant("2025-07-05T22:30:00.000Z", "en")).toBe("6 July 2025 00:30");
    expect(endOfDay("2026-03-31", "Europe/Amsterdam")).toBe("2026-03-31T21:59:59.000Z");
  });
});

describe("the lint rules that keep it so", () => {
  const eslint = new ESLint();
  const problems = async (code: string) =>
    (await eslint.lintText(code, { filePath: "src/kernel/lint-probe.ts" }))[0]!.messages.map((m) => m.message);

  it("refuse a language compared with a string, and Intl's or toLocale's dates, in src", async () => {
    const refused = [
      'export const f = (lang: string) => (lang === "nl" ? "ja" : "yes");',
      'export const f = (p: { lang: string }) => ("en" !== p.lang ? "ja" : "yes");',
      "export const f = (language: string) => { switch (language) { default: return 1; } };",
      'export const f = (d: Date) => d.toLocaleDateString("nl-NL");',
      'export const f = (d: Date) => new Intl.DateTimeFormat("nl-NL").format(d);',
    ];
    for (const code of refused) expect(await problems(code), code).toHaveLength(1);
    expect(await problems('export const f = (lang: "nl" | "en") => ({ nl: "ja", en: "yes" })[lang];')).toEqual([]);
  });

  it("find no toLocaleDateString or Intl.DateTimeFormat in src but the time zone lookup", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const calling = files("src").filter((file) =>
      /toLocale(Date|Time)?String\(|Intl\.DateTimeFormat\(/.test(readFileSync(file, "utf8")),
    );
    expect(calling).toEqual([join("src", "deadlines", "date.ts")]);
  });
});
