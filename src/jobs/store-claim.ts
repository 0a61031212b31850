import { randomUUID } from "node:crypto";
import type { ExpressionBuilder, Kysely } from "kysely";
import {
  isoAfter,
  isoTimestamp,
  type JobRow,
  type Store,
  type StoreDialect,
  type StoreSchema,
} from "../store/index.js";

/** Recorded on a job whose worker died on its last allowed attempt. */
export const LEASE_EXPIRED = "the worker stopped before finishing the job (its lease ran out)";

/**
 * A job is claimable when it is queued and due, or when it is active but its lease ran out: the worker
 * holding it died (or lost its connection) and stopped renewing. Times are the application's clock,
 * so processes sharing a store need synchronised clocks (NTP); pg-boss, for many machines, uses the
 * database's clock instead.
 */
function claimable(now: string) {
  return (eb: ExpressionBuilder<StoreSchema, "jobs">) =>
    eb.or([
      eb.and([eb("state", "=", "queued"), eb("run_after", "<=", now)]),
      eb.and([eb("state", "=", "active"), eb("locked_until", "<", now), eb("attempts", "<", eb.ref("max_attempts"))]),
    ]);
}

/** A job whose worker died on its last attempt is not run again: it is failed, saying why. */
async function failExhausted(db: Kysely<StoreSchema>, queue: string, now: string): Promise<void> {
  await db
    .updateTable("jobs")
    .set({ state: "failed", finished_at: now, last_error: LEASE_EXPIRED, locked_by: null, locked_until: null })
    .where("queue", "=", queue)
    .where("state", "=", "active")
    .where("locked_until", "<", now)
    .where("attempts", ">=", (eb) => eb.ref("max_attempts"))
    .execute();
}

/**
 * Takes the next job in one statement: UPDATE ... WHERE id = (SELECT the oldest claimable id) RETURNING.
 * Each claim gets a fresh token in `locked_by`, so a worker whose lease ran out cannot complete or renew
 * the job after another worker (or itself, later) claimed it again.
 */
async function claimOne(
  db: Kysely<StoreSchema>,
  queue: string,
  leaseMs: number,
  dialect: StoreDialect,
): Promise<JobRow | undefined> {
  const now = isoTimestamp();
  await failExhausted(db, queue, now);
  return await db
    .updateTable("jobs")
    .set((eb) => ({
      state: "active",
      attempts: eb("attempts", "+", 1),
      locked_by: randomUUID(),
      locked_until: isoAfter(leaseMs),
    }))
    .where("id", "=", (eb) => {
      // Unqualified names inside the subquery refer to its own FROM, the innermost scope.
      const next = eb
        .selectFrom("jobs")
        .select("id")
        .where("queue", "=", queue)
        .where(claimable(now))
        .orderBy("run_after")
        .orderBy("created_at")
        .limit(1);
      // Lock the chosen row and let concurrent claimers skip it rather than wait for it (and then find
      // it taken): every worker gets a different job without blocking the others.
      return dialect.forUpdateSkipLocked(next);
    })
    .returningAll()
    .executeTakeFirst();
}

export async function claimJob(store: Store, queue: string, leaseMs: number): Promise<JobRow | undefined> {
  // SQLite has one writer at a time and no row locks: the claim runs under the write lock instead.
  return store.dialect.serialisedWrite(store.db, (db) => claimOne(db, queue, leaseMs, store.dialect));
}
