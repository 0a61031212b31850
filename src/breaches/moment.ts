import { dateFromParts, dayMonthYear, wallClock } from "../deadlines/index.js";
import type { InLang, Lang } from "../kernel/index.js";

/** Breach documents give times as the Dutch authority reads them, whatever zone the server runs in. */
export const BREACH_ZONE = "Europe/Amsterdam";

const two = (n: number) => String(n).padStart(2, "0");

/** "2026-03-05T08:30:00.000Z" -> "5 maart 2026 09:30"; a day (YYYY-MM-DD) stays a day. */
export function formatMoment(iso: string, lang: Lang): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return dayMonthYear(iso as Parameters<typeof dayMonthYear>[0], lang);
  const clock = wallClock(new Date(iso), BREACH_ZONE);
  const day = dateFromParts(clock.year, clock.month, clock.day);
  return `${dayMonthYear(day, lang)} ${two(clock.hour)}:${two(clock.minute)}`;
}

const UNITS = {
  nl: { hour: ["uur", "uur"], minute: ["minuut", "minuten"] },
  en: { hour: ["hour", "hours"], minute: ["minute", "minutes"] },
} as const satisfies InLang<Record<"hour" | "minute", readonly [string, string]>>;

/** "2 uur 5 minuten" / "2 hours 5 minutes" for a span of minutes, sign dropped; no hours under one. */
export function formatSpan(minutes: number, lang: Lang): string {
  const total = Math.abs(minutes);
  const [h, m] = [Math.floor(total / 60), total % 60];
  const units = UNITS[lang];
  const rest = `${m} ${units.minute[m === 1 ? 0 : 1]}`;
  return h === 0 ? rest : `${h} ${units.hour[h === 1 ? 0 : 1]} ${rest}`;
}
