import type { DeadlineStatus } from "../../deadlines/index.js";
import type { RequestStatus } from "../../store/index.js";
import type { RequestType } from "../../kernel/index.js";
import { CLOCK_EVENTS, clockStatus } from "../clock.js";
import type { ServiceContext } from "../../context/index.js";
import { type RequestEvent, toEvent } from "../records.js";
import { FINAL } from "../states.js";
import { openTaskCounts } from "../../tasks/index.js";
import { isStranded, STRANDING_EVENTS } from "./requeue-stranded.js";

export interface RequestListItem {
  id: string;
  type: RequestType;
  status: RequestStatus;
  receivedAt: string;
  deadline: DeadlineStatus;
  /** Flagged as a repeat of an earlier request of the same type for the same person (Art. 12(5)). */
  duplicateOf: string | null;
  /** Verified, but no worker has taken it (isStranded). */
  stranded: boolean;
  /** Tasks of manual systems it waits for; the queue says "waiting for N tasks". */
  openTasks: number;
  /** Its place in the queue's order, for the cursor of the page after it. */
  position: QueuePosition;
}

export interface ListQuery {
  /** One status, or "open" for every status that is not final (the default), or "all". */
  status?: RequestStatus | "open" | "all";
  sort?: "deadline" | "received";
  limit?: number;
  /** Only these requests (the dashboard's few whose clock must be replayed). */
  ids?: readonly string[];
  /** Only the requests this tenant's token filed (processor mode). */
  tenant?: string;
  /** By deadline only: the requests after this one in the queue's order (a keyset, see pageRequests). */
  after?: QueuePosition;
}

/** Where a request stands in the queue's order: due date, then receipt, then id (unique). */
export interface QueuePosition {
  due: string;
  received: string;
  id: string;
}

/**
 * The privacy officer's queue: requests with where their clock stands (overdue, due soon, paused),
 * by deadline first. No identities: the list is for deciding what to open, the request page shows who.
 */
export async function listRequests(ctx: ServiceContext, query: ListQuery = {}): Promise<RequestListItem[]> {
  const status = query.status ?? "open";
  let q = ctx.store.db.selectFrom("requests").select(["id", "type", "status", "received_at", "due_at"]);
  if (status === "open") q = q.where("status", "not in", [...FINAL]);
  else if (status !== "all") q = q.where("status", "=", status);
  if (query.tenant !== undefined) q = q.where("tenant", "=", query.tenant);
  if (query.ids) q = q.where("id", "in", query.ids.length > 0 ? [...query.ids] : [""]);
  q =
    query.sort === "received"
      ? q.orderBy("received_at", "desc").orderBy("id")
      : q.orderBy("due_at").orderBy("received_at").orderBy("id");
  const after = query.after;
  if (after && query.sort !== "received")
    q = q.where((eb) =>
      eb(eb.refTuple("due_at", "received_at", "id"), ">", eb.tuple(after.due, after.received, after.id)),
    );
  if (query.limit !== undefined) q = q.limit(query.limit);
  const rows = await q.execute();
  const events = await eventsOf(
    ctx,
    rows.map((r) => r.id),
  );
  const waiting = await openTaskCounts(
    ctx.store.db,
    rows.filter((r) => r.status === "in_progress").map((r) => r.id),
  );
  return rows.map((row) => {
    const own = events.get(row.id) ?? [];
    const position = { due: row.due_at, received: row.received_at, id: row.id };
    const deadline = clockStatus(ctx, row, own);
    return {
      id: row.id,
      type: row.type,
      status: row.status,
      receivedAt: row.received_at,
      // A finished request is no longer late or due: its clock stopped when it was answered.
      deadline: FINAL.has(row.status) ? { ...deadline, overdue: false, dueSoon: false } : deadline,
      duplicateOf: (own.find((e) => e.kind === "duplicate_of")?.data.request_id as string | undefined) ?? null,
      stranded: isStranded(row.status, own),
      openTasks: waiting.get(row.id) ?? 0,
      position,
    };
  });
}

/**
 * The clock, duplicate and stranding events of the listed requests, in one query per thousand requests.
 * "received" too: it holds a shorter first period when the register set one (clock.ts, firstPeriod).
 */
async function eventsOf(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, RequestEvent[]>> {
  const out = new Map<string, RequestEvent[]>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await ctx.store.db
      .selectFrom("request_events")
      .selectAll()
      .where("request_id", "in", ids.slice(i, i + 1000))
      .where("kind", "in", ["received", ...CLOCK_EVENTS, "duplicate_of", ...STRANDING_EVENTS])
      .orderBy("id")
      .execute();
    for (const row of rows) {
      const list = out.get(row.request_id) ?? [];
      list.push(toEvent(row));
      out.set(row.request_id, list);
    }
  }
  return out;
}
