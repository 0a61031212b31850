import type { HolidayCalendar } from "./calendar/calendar.js";
import { calendarFor } from "./calendar/registry.js";
import { type CalendarDate, type DateInput, toCalendarDate } from "./date.js";
import { DeadlineError } from "./errors.js";
import { type DatedExtension, type Extension, datedExtensions } from "./extension.js";
import { type DatedPause, type Pause, datedPauses, pausedDays } from "./pause.js";
import { type DeadlineStep, countPeriod } from "./period.js";

/** What is known about a request's clock; plain data, so it can be stored and replayed. */
export interface DeadlineState {
  receivedAt: DateInput;
  /** The first period in months; Art. 12(3) GDPR gives one. */
  months?: number;
  /** A shorter first period in days the controller set itself (see PeriodInput.days). */
  days?: number;
  pauses?: readonly Pause[];
  extensions?: readonly Extension[];
}

export interface DeadlineOptions {
  /** The member state's holidays and time zone; the Dutch calendar unless given. */
  calendar?: HolidayCalendar;
}

export interface Deadline {
  paused: false;
  received: CalendarDate;
  /** Where the counting ends, before the working-day rule. */
  periodEnd: CalendarDate;
  /** The last day to answer (until the end of that day). */
  due: CalendarDate;
  extendedBy: number;
  pausedDays: number;
  /** Every rule applied, in order, so the date can be explained. */
  steps: DeadlineStep[];
}

/** An open pause: the clock stands still, so there is no due date until it runs again. */
export interface PausedClock {
  paused: true;
  received: CalendarDate;
  pausedSince: CalendarDate;
  extendedBy: number;
  /** Days in the pauses that have ended. */
  pausedDays: number;
}

/**
 * The Art. 12(3) deadline for a request received at a moment or on a day: one month (or `months`) counted
 * under Regulation 1182/71 art. 3, ending on a working day.
 */
export function responseDeadline(
  receivedAt: DateInput,
  options: DeadlineOptions & { months?: number; days?: number } = {},
): Deadline {
  const { months, days, ...rest } = options;
  // Without pauses the clock always runs, so the answer is a deadline.
  const period = { ...(months === undefined ? {} : { months }), ...(days === undefined ? {} : { days }) };
  return deadlineFor({ receivedAt, ...period }, rest) as Deadline;
}

/** The deadline with the request's pauses and extensions, or the paused clock while a pause is open. */
export function deadlineFor(state: DeadlineState, options: DeadlineOptions = {}): Deadline | PausedClock {
  const clock = readClock(state, options);
  const extendedBy = clock.extensions.reduce((sum, extension) => sum + extension.months, 0);
  const open = clock.pauses.find((pause) => pause.to === undefined);
  if (open) {
    return {
      paused: true,
      received: clock.received,
      pausedSince: open.from,
      extendedBy,
      pausedDays: pausedDays(clock.pauses),
    };
  }
  const counted = count(clock, clock.extensions, clock.pauses);
  return { paused: false, received: clock.received, ...counted, extendedBy, pausedDays: pausedDays(clock.pauses) };
}

/**
 * The state with one more extension, refused (a DeadlineError) when it would go beyond two further months
 * in total, lacks a reason, or is decided after the first period has ended.
 */
export function extendDeadline(
  state: DeadlineState,
  extension: Extension,
  options: DeadlineOptions = {},
): DeadlineState {
  const next = { ...state, extensions: [...(state.extensions ?? []), extension] };
  readClock(next, options);
  return next;
}

interface Clock {
  received: CalendarDate;
  receivedStep?: { instant: string; timeZone: string };
  months: number;
  days?: number;
  pauses: DatedPause[];
  extensions: DatedExtension[];
  calendar: HolidayCalendar;
}

/** Reads and checks the state: dates in the calendar's time zone, pauses and extensions validated. */
function readClock(state: DeadlineState, options: DeadlineOptions): Clock {
  const calendar = options.calendar ?? calendarFor();
  const received = toCalendarDate(state.receivedAt, calendar.timeZone);
  const months = state.months ?? 1;
  const pauses = datedPauses(state.pauses ?? [], received, calendar.timeZone);
  const extensions = datedExtensions(state.extensions ?? [], { received, months, pauses, calendar });
  const clock: Clock = {
    received,
    ...(state.receivedAt instanceof Date
      ? { receivedStep: { instant: state.receivedAt.toISOString(), timeZone: calendar.timeZone } }
      : {}),
    months,
    ...(state.days === undefined ? {} : { days: state.days }),
    pauses,
    extensions,
    calendar,
  };
  checkPausesStartInTime(clock);
  return clock;
}

/** A pause cannot revive a clock that has already run out: each starts by the due date in force then. */
function checkPausesStartInTime(clock: Clock): void {
  clock.pauses.forEach((pause, index) => {
    const decided = clock.extensions.filter((extension) => extension.decidedOn <= pause.from);
    const { due } = count(clock, decided, clock.pauses.slice(0, index));
    if (pause.from > due) {
      throw new DeadlineError(
        "pause-after-deadline",
        `a pause cannot start (${pause.from}) after the deadline (${due})`,
      );
    }
  });
}

function count(clock: Clock, extensions: readonly DatedExtension[], pauses: readonly DatedPause[]) {
  return countPeriod({
    received: clock.received,
    ...(clock.receivedStep ? { receivedStep: clock.receivedStep } : {}),
    months: clock.months,
    ...(clock.days === undefined ? {} : { days: clock.days }),
    extensionMonths: extensions.map((extension) => extension.months),
    pausedDays: pausedDays(pauses),
    calendar: clock.calendar,
  });
}
