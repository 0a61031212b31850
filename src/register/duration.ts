/** A parsed period. Months and years stay calendar units: "12 months" is not 365 days. */
export interface Duration {
  amount: number;
  unit: "hour" | "day" | "week" | "month" | "year";
}

const WORD = /^(\d+) (hour|day|week|month|year)s?$/;
const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(\d+)H)?$/;

/** Parses "12 months", "7 years", "P14D". Returns undefined for anything else. */
export function parseDuration(text: string): Duration | undefined {
  const word = WORD.exec(text);
  if (word) return { amount: Number(word[1]), unit: word[2] as Duration["unit"] };
  const iso = ISO.exec(text);
  if (!iso || text === "P") return undefined;
  // An ISO duration with more than one part is reduced to its largest unit that is set; registers use one part.
  const parts: [string | undefined, Duration["unit"]][] = [
    [iso[1], "year"],
    [iso[2], "month"],
    [iso[3], "week"],
    [iso[4], "day"],
    [iso[5], "hour"],
  ];
  for (const [value, unit] of parts) if (value !== undefined) return { amount: Number(value), unit };
  return undefined;
}

/** Approximate length in days, for comparisons only (which of two periods is longer). */
export function approxDays(d: Duration): number {
  const perUnit = { hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25 } as const;
  return d.amount * perUnit[d.unit];
}

const UNIT_WORDS = {
  en: {
    hour: ["hour", "hours"],
    day: ["day", "days"],
    week: ["week", "weeks"],
    month: ["month", "months"],
    year: ["year", "years"],
  },
  nl: {
    hour: ["uur", "uur"],
    day: ["dag", "dagen"],
    week: ["week", "weken"],
    month: ["maand", "maanden"],
    year: ["jaar", "jaar"],
  },
} as const;

/** "12 months" / "12 maanden". */
export function formatDuration(d: Duration, lang: "nl" | "en"): string {
  const [one, many] = UNIT_WORDS[lang][d.unit];
  return `${d.amount} ${d.amount === 1 ? one : many}`;
}

/** Formats a period string from the register, falling back to the raw text if it does not parse. */
export function formatPeriod(text: string, lang: "nl" | "en"): string {
  const d = parseDuration(text);
  return d ? formatDuration(d, lang) : text;
}
