import { dateFromParts, wallClock } from "../../deadlines/index.js";
import type { Lang } from "../../kernel/index.js";
import { formatDate } from "../../vocabulary/index.js";

/** The console shows times as the Dutch office reads them, whatever zone the server runs in. */
export const ZONE = "Europe/Amsterdam";

const twoDigits = (n: number) => String(n).padStart(2, "0");

/** "2025-03-05T09:30:00.000Z" -> "5 maart 2025 10:30" (Amsterdam time); a YYYY-MM-DD date stays a date. */
export function formatInstant(iso: string, lang: Lang): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso, lang);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const clock = wallClock(date, ZONE);
  const day = dateFromParts(clock.year, clock.month, clock.day);
  return `${formatDate(day, lang)} ${twoDigits(clock.hour)}:${twoDigits(clock.minute)}`;
}

/** A calendar date in words; a full instant shows its Amsterdam date. */
export function formatDay(iso: string, lang: Lang): string {
  return formatInstant(iso, lang).replace(/ \d\d:\d\d$/, "");
}
