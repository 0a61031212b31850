import { type CalendarDate, type DateInput, daysBetween, toCalendarDate } from "./date.js";
import { DeadlineError } from "./errors.js";

/**
 * The clock stands still while the controller waits for proof of identity it reasonably asked for:
 * from the day it asked to the day the proof arrived. An open pause (no `to`) has not ended yet.
 */
export interface Pause {
  from: DateInput;
  to?: DateInput;
}

export interface DatedPause {
  from: CalendarDate;
  to?: CalendarDate;
}

/**
 * The pauses as calendar dates in date order, checked: none before receipt, none ending before it starts,
 * none overlapping another (a day must not count twice), and only the last one may still be open.
 */
export function datedPauses(pauses: readonly Pause[], received: CalendarDate, timeZone: string): DatedPause[] {
  const dated = pauses
    .map((pause) => ({
      from: toCalendarDate(pause.from, timeZone),
      ...(pause.to === undefined ? {} : { to: toCalendarDate(pause.to, timeZone) }),
    }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  dated.forEach((pause, index) => {
    if (pause.from < received) {
      throw new DeadlineError(
        "pause-before-receipt",
        `a pause cannot start (${pause.from}) before receipt (${received})`,
      );
    }
    if (pause.to !== undefined && pause.to < pause.from) {
      throw new DeadlineError(
        "pause-ends-before-start",
        `a pause cannot end (${pause.to}) before it starts (${pause.from})`,
      );
    }
    const next = dated[index + 1];
    if (!next) return;
    if (pause.to === undefined) {
      throw new DeadlineError(
        "pause-still-open",
        `the pause from ${pause.from} is still open; end it before another starts`,
      );
    }
    if (next.from < pause.to) {
      throw new DeadlineError(
        "pauses-overlap",
        `the pause from ${next.from} starts before the one from ${pause.from} ended`,
      );
    }
  });
  return dated;
}

/** Calendar days the clock stood still in the closed pauses. */
export function pausedDays(pauses: readonly DatedPause[]): number {
  return pauses.reduce((sum, pause) => sum + (pause.to === undefined ? 0 : daysBetween(pause.from, pause.to)), 0);
}

/** The pauses as they stood on a day: later ones left out, one running on that day ended there. */
export function pausesAsOf(pauses: readonly DatedPause[], day: CalendarDate): DatedPause[] {
  return pauses
    .filter((pause) => pause.from <= day)
    .map((pause) => (pause.to === undefined || pause.to > day ? { from: pause.from, to: day } : pause));
}
