import type { Lang } from "../kernel/index.js";

// Our own month names: Intl output differs between ICU versions, and every document must be byte-identical.
const MONTHS: Record<Lang, readonly string[]> = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** "2026-11-01" -> "1 november 2026" / "1 November 2026". Anything that is not YYYY-MM-DD is returned as is. */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[lang][Number(match[2]) - 1];
  const day = Number(match[3]);
  if (!month || day < 1 || day > 31) return iso;
  return `${day} ${month} ${match[1]}`;
}
