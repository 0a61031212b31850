import type { DeadlineStatus } from "../../../deadlines/index.js";
import type { Lang } from "../../../kernel/index.js";
import { adminWords } from "../words.js";

/**
 * Where a request's clock stands, in words: overdue and due soon are bold, so the mark is read, not
 * only seen (no meaning in colour alone).
 */
export function DeadlineMark({ deadline, lang }: { deadline: DeadlineStatus; lang: Lang }) {
  const words = adminWords(lang);
  if (deadline.paused) return <span>{words.paused}</span>;
  if (deadline.overdue) return <strong>{words.overdue}</strong>;
  if (deadline.dueSoon) return <strong>{words.dueSoon}</strong>;
  return <span>{words.onTrack}</span>;
}

/** Days left as a number, or a dash while the clock is paused. */
export function daysLeftText(deadline: DeadlineStatus): string {
  return deadline.daysLeft === null ? "–" : String(deadline.daysLeft);
}
