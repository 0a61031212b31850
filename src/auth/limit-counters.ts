import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Store, StoreSchema } from "../store/index.js";

/*
 * Counters kept in the service store, so every `serve` process on it shares them: a limit of three
 * per hour is three per hour behind a load balancer too. Each change is one statement (an upsert),
 * atomic on SQLite and PostgreSQL alike, so two replicas counting at the same moment cannot both
 * slip under a limit. What is counted is hashed before it reaches the store.
 */

/** The store's key for a counted value: a hash, since the limits need to recognise it, not to know it. */
export function counterKey(kind: string, value: string): string {
  return `${kind}:${createHash("sha256").update(value).digest("base64url")}`;
}

const existing = (column: string) => sql.ref(`limit_counters.${column}`);

/**
 * Takes one of `limit` slots of `key` in a fixed window that starts at its first use. False, and
 * nothing counted, when the window's slots are used up.
 */
export async function takeSlot(
  store: { db: Kysely<StoreSchema> },
  key: string,
  limit: number,
  windowMs: number,
  now: Date,
): Promise<boolean> {
  return takeSlots(store, [{ key, limit }], windowMs, now);
}

export interface Slot {
  key: string;
  limit: number;
}

/**
 * Takes a slot of each key in one statement; true when every one was free. A key whose slots are
 * used up is not counted, but the others are: with more than one key, call it inside a transaction
 * (`{ db: trx }`) that rolls back on false, so the counts stand or fall together.
 */
export async function takeSlots(
  store: { db: Kysely<StoreSchema> },
  slots: readonly Slot[],
  windowMs: number,
  now: Date,
): Promise<boolean> {
  if (new Set(slots.map((s) => s.key)).size !== slots.length) throw new Error("each slot needs a key of its own");
  const at = now.toISOString();
  const expired = sql<boolean>`${existing("window_started_at")} <= ${new Date(now.getTime() - windowMs).toISOString()}`;
  const limitOf = sql`CASE ${existing("key")} ${sql.join(
    slots.map((s) => sql`WHEN ${s.key} THEN CAST(${s.limit} AS INTEGER)`),
    sql` `,
  )} END`;
  const rows = await store.db
    .insertInto("limit_counters")
    .values(slots.map((s) => ({ key: s.key, count: 1, window_started_at: at, last_at: at, blocked_until: null })))
    .onConflict((oc) =>
      oc
        .column("key")
        .doUpdateSet({
          count: sql`CASE WHEN ${expired} THEN 1 ELSE ${existing("count")} + 1 END`,
          window_started_at: sql`CASE WHEN ${expired} THEN ${at} ELSE ${existing("window_started_at")} END`,
          last_at: at,
        })
        .where((eb) => eb.or([expired, eb(existing("count"), "<", limitOf)])),
    )
    .returning("key")
    .execute();
  return rows.length === slots.length;
}

/** Gives back a slot taken for something that did not happen after all. */
export async function releaseSlot(store: Store, key: string): Promise<void> {
  await store.db
    .updateTable("limit_counters")
    .set({ count: sql`count - 1` })
    .where("key", "=", key)
    .where("count", ">", 0)
    .execute();
}

/**
 * Counts one failure of `key` and returns how many there are now. Failures are forgotten once the
 * last one is `forgetMs` ago, so a quiet account starts again from nothing.
 */
export async function countFailure(store: Store, key: string, forgetMs: number, now: Date): Promise<number> {
  const at = now.toISOString();
  const forgotten = sql<boolean>`${existing("last_at")} <= ${new Date(now.getTime() - forgetMs).toISOString()}`;
  const row = await store.db
    .insertInto("limit_counters")
    .values({ key, count: 1, window_started_at: at, last_at: at, blocked_until: null })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql`CASE WHEN ${forgotten} THEN 1 ELSE ${existing("count")} + 1 END`,
        window_started_at: sql`CASE WHEN ${forgotten} THEN ${at} ELSE ${existing("window_started_at")} END`,
        blocked_until: sql`CASE WHEN ${forgotten} THEN NULL ELSE ${existing("blocked_until")} END`,
        last_at: at,
      }),
    )
    .returning("count")
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Blocks `key` until `until`; a later end already set is kept. */
export async function blockUntil(store: Store, key: string, until: Date): Promise<void> {
  const end = until.toISOString();
  await store.db
    .updateTable("limit_counters")
    .set({ blocked_until: end })
    .where("key", "=", key)
    .where((eb) => eb.or([eb("blocked_until", "is", null), eb("blocked_until", "<", end)]))
    .execute();
}

/** The latest end of a block on any of `keys` that is still ahead of `now`, if there is one. */
export async function blockedUntil(store: Store, keys: string[], now: Date): Promise<Date | undefined> {
  const rows = await store.db
    .selectFrom("limit_counters")
    .select("blocked_until")
    .where("key", "in", keys)
    .where("blocked_until", ">", now.toISOString())
    .execute();
  const ends = rows.map((r) => Date.parse(r.blocked_until!));
  return ends.length > 0 ? new Date(Math.max(...ends)) : undefined;
}

export async function forgetCounter(store: Store, key: string): Promise<void> {
  await store.db.deleteFrom("limit_counters").where("key", "=", key).execute();
}

/** Drops counters untouched since `before` (every window and delay over by then), so the table stays small. */
export async function pruneLimitCounters(store: Store, before: Date): Promise<number> {
  const result = await store.db
    .deleteFrom("limit_counters")
    .where("last_at", "<", before.toISOString())
    .where((eb) => eb.or([eb("blocked_until", "is", null), eb("blocked_until", "<", before.toISOString())]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
