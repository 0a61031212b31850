import { parseDuration } from "./duration.js";

/** The longest own periods for answering a human review that still fit inside the month of Art. 12(3). */
export const MAX_REVIEW_DAYS = 28;
const MAX_REVIEW_WEEKS = 4;

/**
 * A decision's own period for answering a request for human review, as the deadline module counts it:
 * days (a week is seven) or the one month. Undefined for a period that could end after the month of
 * Art. 12(3) (more than 28 days, more than 4 weeks, more than a month) or is no period at all.
 */
export function reviewPeriod(text: string): { days: number } | { months: 1 } | undefined {
  const duration = parseDuration(text);
  if (!duration || duration.amount < 1) return undefined;
  if (duration.unit === "day" && duration.amount <= MAX_REVIEW_DAYS) return { days: duration.amount };
  if (duration.unit === "week" && duration.amount <= MAX_REVIEW_WEEKS) return { days: duration.amount * 7 };
  if (duration.unit === "month" && duration.amount === 1) return { months: 1 };
  return undefined;
}
