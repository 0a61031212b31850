import { type ExpressionBuilder, sql } from "kysely";
import type { ServiceContext } from "../../context/index.js";
import { addDays, DUE_SOON_DAYS, toCalendarDate } from "../../deadlines/index.js";
import type { RequestType } from "../../kernel/index.js";
import { CLOCK_EVENTS, today } from "../clock.js";
import type { StoreSchema } from "../../store/index.js";
import { FINAL } from "../states.js";
import { listRequests } from "./list-requests.js";
import { STRANDING_EVENTS } from "./requeue-stranded.js";

/*
 * The dashboard's counts, aggregated by the database: a queue of thousands (anonymous filings nobody
 * verified) costs a few grouped rows, not a row and its events per request. Only requests whose clock
 * was paused or extended, or that were stranded, have their clock replayed from their events; every
 * other open request's due date is its stored due_at.
 */

/** Requests received per hour (UTC) and type since `since`: few rows, each put in its month by the caller. */
export async function receivedPerHour(
  ctx: ServiceContext,
  since: string,
): Promise<{ hour: string; type: RequestType; count: number }[]> {
  const hour = sql<string>`substr(received_at, 1, 13)`;
  const rows = await ctx.store.db
    .selectFrom("requests")
    .select([hour.as("hour"), "type", (eb) => eb.fn.countAll<number | string>().as("count")])
    .where("received_at", ">=", since)
    .groupBy([hour, "type"])
    .execute();
  return rows.map((r) => ({ hour: r.hour, type: r.type, count: Number(r.count) }));
}

/**
 * The month (YYYY-MM) in `zone` of an hour bucket. The calendars Waarborg knows are whole hours off
 * UTC, so every instant of a UTC hour falls in the same local month.
 */
export function monthOfHour(hour: string, zone: string): string {
  return toCalendarDate(new Date(`${hour}:00:00.000Z`), zone).slice(0, 7);
}

export interface OpenCounts {
  open: number;
  overdue: number;
  dueSoon: number;
  stranded: number;
}

const REPLAYED = [...CLOCK_EVENTS, ...STRANDING_EVENTS];
const CHUNK = 500;

export async function openCounts(ctx: ServiceContext): Promise<OpenCounts> {
  const db = ctx.store.db;
  const final = [...FINAL];
  const hasReplayedEvent = (eb: ExpressionBuilder<StoreSchema, "requests">) =>
    eb.exists(
      eb
        .selectFrom("request_events")
        .select("request_events.id")
        .whereRef("request_events.request_id", "=", "requests.id")
        .where("request_events.kind", "in", REPLAYED),
    );
  const day = today(ctx);
  const soon = addDays(day, DUE_SOON_DAYS);
  const plain = await db
    .selectFrom("requests")
    .select([
      (eb) => eb.fn.countAll<number | string>().as("open"),
      sql<number | string>`coalesce(sum(case when due_at < ${day} then 1 else 0 end), 0)`.as("overdue"),
      sql<number | string>`coalesce(sum(case when due_at >= ${day} and due_at <= ${soon} then 1 else 0 end), 0)`.as(
        "dueSoon",
      ),
    ])
    .where("status", "not in", final)
    .where((eb) => eb.not(hasReplayedEvent(eb)))
    .executeTakeFirstOrThrow();
  const replayed = await db
    .selectFrom("requests")
    .select("id")
    .where("status", "not in", final)
    .where((eb) => hasReplayedEvent(eb))
    .execute();
  const counts: OpenCounts = {
    open: Number(plain.open),
    overdue: Number(plain.overdue),
    dueSoon: Number(plain.dueSoon),
    stranded: 0,
  };
  for (let i = 0; i < replayed.length; i += CHUNK) {
    const items = await listRequests(ctx, { status: "open", ids: replayed.slice(i, i + CHUNK).map((r) => r.id) });
    counts.open += items.length;
    counts.overdue += items.filter((r) => r.deadline.overdue).length;
    counts.dueSoon += items.filter((r) => r.deadline.dueSoon).length;
    counts.stranded += items.filter((r) => r.stranded).length;
  }
  return counts;
}
