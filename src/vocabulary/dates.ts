import { monthName } from "../deadlines/index.js";
import type { Lang } from "../kernel/index.js";

/**
 * "2026-11-01" -> "1 november 2026" / "1 November 2026", with the month names of the one date formatter
 * (deadlines/words.ts). Anything that is not YYYY-MM-DD is returned as is: a register may write a date loosely.
 */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [month, day] = [Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  return `${day} ${monthName(month, lang)} ${match[1]}`;
}
