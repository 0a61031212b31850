import {
  type CalendarDate,
  deadlineFor,
  type DeadlineState,
  deadlineStatus,
  type DeadlineStatus,
  type Extension,
  type Pause,
  toCalendarDate,
} from "../deadlines/index.js";
import type { RequestRow } from "../store/index.js";
import type { ServiceContext } from "../context/index.js";
import type { RequestEvent } from "./records.js";
import { type Register, reviewPeriod } from "../register/index.js";
import type { CheckedRequest } from "./input.js";

/*
 * A request's clock is replayed from its events: received_at, every pause (clock_paused /
 * clock_resumed) and every extension (extended). The row's due_at is a copy kept for sorting the queue;
 * these functions are what it is computed from.
 */

export const CLOCK_EVENTS = ["clock_paused", "clock_resumed", "extended"] as const;

/**
 * The first period of a new request: the Art. 12(3) month, or a shorter one in days the register set
 * for it (a decision's human_review.respond_within). It is fixed at filing and kept in the "received"
 * event (as `period_days`), so a later change to the register does not move a running clock.
 */
export function firstPeriod(register: Register, request: CheckedRequest): { days?: number } {
  if (request.type !== "automated_decision_review") return {};
  const decision = register.automated_decisions[String(request.details.open.decision)];
  const within = decision?.human_review?.respond_within;
  const period = within === undefined ? undefined : reviewPeriod(within);
  return period && "days" in period ? { days: period.days } : {};
}

export function clockState(row: Pick<RequestRow, "received_at">, events: readonly RequestEvent[]): DeadlineState {
  const days = events.find((e) => e.kind === "received")?.data.period_days;
  const pauses: Pause[] = [];
  const extensions: Extension[] = [];
  for (const event of events) {
    if (event.kind === "clock_paused") pauses.push({ from: event.data.from as CalendarDate });
    if (event.kind === "clock_resumed") {
      const open = pauses.at(-1);
      if (open && open.to === undefined) open.to = event.data.to as CalendarDate;
    }
    if (event.kind === "extended")
      extensions.push({
        months: event.data.months as number,
        reason: event.data.reason as string,
        decidedOn: event.data.decided_on as CalendarDate,
      });
  }
  return {
    receivedAt: new Date(row.received_at),
    ...(typeof days === "number" ? { days } : {}),
    pauses,
    extensions,
  };
}

/** The due date of a state, or the one stored while the clock is paused (the date it stood at). */
export function dueDate(ctx: ServiceContext, state: DeadlineState): CalendarDate | undefined {
  const deadline = deadlineFor(state, { calendar: ctx.calendar });
  return deadline.paused ? undefined : deadline.due;
}

export function clockStatus(
  ctx: ServiceContext,
  row: Pick<RequestRow, "received_at">,
  events: readonly RequestEvent[],
): DeadlineStatus {
  return deadlineStatus(clockState(row, events), ctx.now(), { calendar: ctx.calendar });
}

/** The day a request was received, in the calendar's time zone. */
export function receivedOn(ctx: ServiceContext, row: Pick<RequestRow, "received_at">): CalendarDate {
  return toCalendarDate(new Date(row.received_at), ctx.calendar.timeZone);
}

/** Today in the calendar's time zone. */
export function today(ctx: ServiceContext): CalendarDate {
  return toCalendarDate(ctx.now(), ctx.calendar.timeZone);
}
