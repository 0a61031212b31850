import type { Kysely } from "kysely";
import type { RequestEventRow, RequestRow, StoreSchema } from "../store/index.js";
import type { ServiceContext } from "../context/index.js";
import { NotFoundError } from "./errors.js";
import { tokenHash } from "./secrets.js";

/** A request event with its data parsed. */
export interface RequestEvent {
  id: number;
  at: string;
  kind: string;
  actor: string;
  data: Record<string, unknown>;
}

export async function loadRequest(db: Kysely<StoreSchema>, requestId: string): Promise<RequestRow> {
  const row = await db.selectFrom("requests").selectAll().where("id", "=", requestId).executeTakeFirst();
  if (!row) throw new NotFoundError("request");
  return row;
}

/** The request a status link belongs to; an unknown link gets the same answer as an unknown request. */
export async function requestByStatusToken(ctx: ServiceContext, token: string): Promise<RequestRow> {
  const row = await ctx.store.db
    .selectFrom("requests")
    .selectAll()
    .where("status_token_hash", "=", tokenHash(token))
    .executeTakeFirst();
  if (!row) throw new NotFoundError("request");
  return row;
}

export function toEvent(row: RequestEventRow): RequestEvent {
  return {
    id: Number(row.id),
    at: row.at,
    kind: row.kind,
    actor: row.actor,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}

/** A request's events in the order they happened. */
export async function readEvents(db: Kysely<StoreSchema>, requestId: string): Promise<RequestEvent[]> {
  const rows = await db
    .selectFrom("request_events")
    .selectAll()
    .where("request_id", "=", requestId)
    .orderBy("id")
    .execute();
  return rows.map(toEvent);
}

export function hasEvent(events: readonly RequestEvent[], kind: string, match: Record<string, unknown> = {}): boolean {
  return events.some((e) => e.kind === kind && Object.entries(match).every(([k, v]) => e.data[k] === v));
}
