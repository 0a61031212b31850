/**
 * The 72 hours of Art. 33(1): the controller notifies the supervisory authority "without undue delay
 * and, where feasible, not later than 72 hours after having become aware of it". Hours on a clock, not
 * days on a calendar, so this is instant arithmetic and not the Reg. 1182/71 counting of src/deadlines.
 */

export const NOTIFY_WITHIN_HOURS = 72;
const MS_PER_MINUTE = 60_000;

export type ClockState = "running" | "overdue" | "notified" | "notified_late" | "not_required";

export interface BreachClock {
  /** aware_at plus 72 hours, as an ISO instant. */
  deadline: string;
  state: ClockState;
  /** Whole minutes to the deadline (negative once past), from `now` or, once notified, from then. */
  minutesLeft: number;
}

export function notifyDeadline(awareAt: string): Date {
  return new Date(Date.parse(awareAt) + NOTIFY_WITHIN_HOURS * 60 * MS_PER_MINUTE);
}

/**
 * Where the clock stands at `now`. A breach judged unlikely to result in a risk needs no notification,
 * so its clock stops; one not yet assessed keeps running, since the hours count from awareness anyway.
 */
export function breachClock(
  breach: { awareAt: string; authorityNotifiedAt: string | null; authorityRequired: boolean | null },
  now: Date,
): BreachClock {
  const deadline = notifyDeadline(breach.awareAt);
  const at = breach.authorityNotifiedAt ? new Date(breach.authorityNotifiedAt) : now;
  const minutesLeft = Math.floor((deadline.getTime() - at.getTime()) / MS_PER_MINUTE);
  const late = at.getTime() > deadline.getTime();
  let state: ClockState;
  if (breach.authorityNotifiedAt) state = late ? "notified_late" : "notified";
  else if (breach.authorityRequired === false) state = "not_required";
  else state = late ? "overdue" : "running";
  return { deadline: deadline.toISOString(), state, minutesLeft };
}
