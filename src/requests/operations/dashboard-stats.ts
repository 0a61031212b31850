import { monthsOn, toCalendarDate } from "../../deadlines/index.js";
import { REQUEST_TYPES, type RequestType } from "../../kernel/index.js";
import type { ServiceContext } from "../../context/index.js";
import { unreachedRecipients } from "../recipients-reached.js";
import { monthOfHour, openCounts, receivedPerHour } from "./dashboard-counts.js";
import { taskCounts } from "../../tasks/index.js";

export interface MonthCount {
  /** YYYY-MM in the calendar's time zone. */
  month: string;
  received: number;
  byType: Record<RequestType, number>;
}

export interface DashboardStats {
  /** The last `months` months up to this one, oldest first, months without requests included. */
  perMonth: MonthCount[];
  /** Requests answered (completed, partially completed or denied). Cancelled ones were never answered. */
  answered: number;
  /** Of those, answered on or before their due date (extensions and pauses counted). */
  onTime: number;
  /** onTime / answered, or null before the first answer. */
  onTimeRate: number | null;
  open: number;
  overdue: number;
  dueSoon: number;
  /** Open requests no worker has (isStranded). */
  stranded: number;
  /** Requests in progress that wait for the owners of manual systems, and their tasks past due. */
  waitingForTasks: number;
  overdueTasks: number;
  /** Requests with a recipient the Art. 19 notice did not reach, newest first: the officer must act. */
  recipientsNotReached: { requestId: string; recipient: string; at: string }[];
}

const ANSWERS = ["complete", "complete_partially", "deny"];

/** The dashboard's figures: requests per month and how many were answered in time. */
export async function dashboardStats(ctx: ServiceContext, options: { months?: number } = {}): Promise<DashboardStats> {
  const zone = ctx.calendar.timeZone;
  const months = lastMonths(toCalendarDate(ctx.now(), zone).slice(0, 7), options.months ?? 12);
  const counts = new Map(months.map((month) => [month, emptyMonth(month)]));
  // A day early: the first month starts at midnight in the calendar's zone, before midnight UTC.
  const since = new Date(Date.parse(`${months[0]}-01T00:00:00Z`) - 86_400_000).toISOString();
  for (const bucket of await receivedPerHour(ctx, since)) {
    const entry = counts.get(monthOfHour(bucket.hour, zone));
    if (!entry) continue;
    entry.received += bucket.count;
    entry.byType[bucket.type] += bucket.count;
  }
  // The first answer's day against the due date; a request answered twice counts once.
  const answers = await ctx.store.db
    .selectFrom("request_events")
    .innerJoin("requests", "requests.id", "request_events.request_id")
    .select(["requests.id", "requests.due_at", (eb) => eb.fn.min("request_events.at").as("at")])
    .where("request_events.kind", "in", ANSWERS)
    .groupBy(["requests.id", "requests.due_at"])
    .execute();
  const onTime = answers.filter((a) => toCalendarDate(new Date(a.at), zone) <= a.due_at).length;
  const open = await openCounts(ctx);
  const tasks = await taskCounts(ctx.store.db, toCalendarDate(ctx.now(), zone));
  return {
    perMonth: [...counts.values()],
    answered: answers.length,
    onTime,
    onTimeRate: answers.length === 0 ? null : onTime / answers.length,
    ...open,
    waitingForTasks: tasks.waitingRequests,
    overdueTasks: tasks.overdueTasks,
    recipientsNotReached: await recipientsNotReached(ctx),
  };
}

/** Requests with a recipient the notice did not reach (unreachedRecipients), newest failure first. */
async function recipientsNotReached(ctx: ServiceContext): Promise<DashboardStats["recipientsNotReached"]> {
  const rows = await ctx.store.db
    .selectFrom("request_events")
    .select(["request_id", "kind", "data", "at"])
    .where("kind", "in", ["recipient_notified", "recipient_notify_failed"])
    .orderBy("id")
    .execute();
  const byRequest = new Map<string, { kind: string; data: Record<string, unknown>; at: string }[]>();
  for (const row of rows) {
    const events = byRequest.get(row.request_id) ?? [];
    events.push({ kind: row.kind, data: JSON.parse(row.data) as Record<string, unknown>, at: row.at });
    byRequest.set(row.request_id, events);
  }
  const out: DashboardStats["recipientsNotReached"] = [];
  for (const [requestId, events] of byRequest)
    for (const recipient of unreachedRecipients(events)) {
      const failures = events.filter((e) => e.kind === "recipient_notify_failed" && e.data.recipient === recipient);
      out.push({ requestId, recipient, at: failures[failures.length - 1]?.at ?? "" });
    }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

function emptyMonth(month: string): MonthCount {
  return {
    month,
    received: 0,
    byType: Object.fromEntries(REQUEST_TYPES.map((t) => [t, 0])) as Record<RequestType, number>,
  };
}

/** `count` months ending with `last` (YYYY-MM), oldest first. */
export function lastMonths(last: string, count: number): string[] {
  const [year, month] = last.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const step = monthsOn({ year, month, day: 1 }, i - (count - 1));
    return `${step.year}-${String(step.month).padStart(2, "0")}`;
  });
}
