import type { Status } from "../kernel/index.js";

/**
 * The life of a data-subject request. Every change of status is one of these events; the table below
 * is the only place that says which event may happen in which status, so the privacy center, the
 * admin console, the API and the workers cannot disagree about it.
 */

export const FINAL: ReadonlySet<Status> = new Set(["completed", "partially_completed", "denied", "cancelled"]);

export type LifecycleEvent =
  | "send_code" // a one-time code went to the address on file
  | "verify" // the person entered the right code (or signed in)
  | "require_approval" // the register's policy wants the privacy officer to approve this type
  | "approve"
  | "start" // a worker picked the request up
  | "complete"
  | "complete_partially" // some data kept, e.g. under a legal hold, or a source unavailable
  | "deny" // with reasons and the complaint route (Art. 12(4))
  | "cancel"; // by the person, or by the company for an unverified request that expired

const TRANSITIONS: Record<LifecycleEvent, { from: readonly Status[]; to: Status }> = {
  send_code: { from: ["received", "verifying"], to: "verifying" },
  verify: { from: ["received", "verifying"], to: "verified" },
  require_approval: { from: ["verified"], to: "awaiting_approval" },
  approve: { from: ["awaiting_approval"], to: "verified" },
  start: { from: ["verified"], to: "in_progress" },
  complete: { from: ["in_progress"], to: "completed" },
  complete_partially: { from: ["in_progress"], to: "partially_completed" },
  deny: { from: ["received", "verifying", "verified", "awaiting_approval", "in_progress"], to: "denied" },
  cancel: { from: ["received", "verifying", "verified", "awaiting_approval"], to: "cancelled" },
};

export class TransitionError extends Error {
  constructor(
    readonly event: LifecycleEvent,
    readonly status: Status,
  ) {
    super(`a request that is ${status} cannot ${event.replaceAll("_", " ")}`);
  }
}

/** The status after `event`, or a TransitionError that says why not. */
export function next(status: Status, event: LifecycleEvent): Status {
  const rule = TRANSITIONS[event];
  if (!rule.from.includes(status)) throw new TransitionError(event, status);
  return rule.to;
}

export function canHappen(status: Status, event: LifecycleEvent): boolean {
  return TRANSITIONS[event].from.includes(status);
}

/** Events that can happen now, for showing only the buttons that work. */
export function possibleEvents(status: Status): LifecycleEvent[] {
  return (Object.keys(TRANSITIONS) as LifecycleEvent[]).filter((e) => canHappen(status, e));
}
