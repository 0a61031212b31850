import type { Lang } from "../../kernel/index.js";
import { formatDate } from "../../vocabulary/index.js";

/** The console shows times as the Dutch office reads them, whatever zone the server runs in. */
const ZONE = "Europe/Amsterdam";

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2025-03-05T09:30:00.000Z" -> "5 maart 2025 10:30" (Amsterdam time); a YYYY-MM-DD date stays a date. */
export function formatInstant(iso: string, lang: Lang): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso, lang);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${formatDate(`${p.year}-${p.month}-${p.day}`, lang)} ${p.hour}:${p.minute}`;
}

/** A calendar date in words; a full instant shows its Amsterdam date. */
export function formatDay(iso: string, lang: Lang): string {
  return formatInstant(iso, lang).replace(/ \d\d:\d\d$/, "");
}
