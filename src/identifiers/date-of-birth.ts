/** People older than this are taken to be a data error, not a date of birth. */
const MAX_AGE_YEARS = 130;

/** Reads "1980-04-27" or the Dutch "27-04-1980" / "27/04/1980" as a calendar date, checking it exists. */
export function parseCalendarDate(text: string): { year: number; month: number; day: number } | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dutch = /^(\d{2})[-/](\d{2})[-/](\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dutch
      ? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
      : [0, 0, 0];
  if (!iso && !dutch) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? { year, month, day } : undefined;
}

/**
 * A plausible date of birth: a real date, not after `today`, and at most 130 years before it.
 * `today` is a parameter so results do not depend on the clock in tests and reruns.
 */
export function isPlausibleDateOfBirth(text: string, today: Date = new Date()): boolean {
  const date = parseCalendarDate(text);
  if (!date) return false;
  const asNumber = (y: number, m: number, d: number) => y * 10_000 + m * 100 + d;
  const born = asNumber(date.year, date.month, date.day);
  const now = asNumber(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate());
  return born <= now && born > now - MAX_AGE_YEARS * 10_000;
}
