import { sql } from "kysely";
import type { Store } from "../../src/store/open.js";

/** The jobs running at the moment of a kill, by the database's clock (pg-boss's clock). */
export interface ActiveAtKill {
  at: Date;
  jobs: { id: string; retryCount: number }[];
}

export interface Takeover {
  /** Jobs active at the kill that ran again afterwards: the killed worker's. */
  jobs: number;
  /** From the kill to the last of them starting again on another worker, in milliseconds. */
  slowestMs: number;
}

/** Read right after the kill: every active pg-boss job, whoever held it, with its attempt. */
export async function activeAtKill(store: Store): Promise<ActiveAtKill> {
  const result = await sql<{ id: string; retry_count: number; at: Date }>`
    select id, retry_count, now() as at from pgboss.job where state = 'active'`.execute(store.db);
  const at = result.rows[0]?.at ?? (await sql<{ at: Date }>`select now() as at`.execute(store.db)).rows[0]!.at;
  return { at: new Date(at), jobs: result.rows.map((r) => ({ id: r.id, retryCount: Number(r.retry_count) })) };
}

/**
 * Once everything is done: which of the jobs active at the kill were started again (their attempt
 * count went up), and when the last of them started. Jobs the survivor held simply completed and do
 * not count. Finished jobs may already be in pg-boss's archive.
 */
export async function measureTakeover(store: Store, kill: ActiveAtKill): Promise<Takeover> {
  if (kill.jobs.length === 0) return { jobs: 0, slowestMs: 0 };
  const ids = sql.join(kill.jobs.map((j) => sql`${j.id}::uuid`));
  const result = await sql<{ id: string; retry_count: number; started_on: Date }>`
    select id, retry_count, started_on from pgboss.job where id in (${ids})
    union all select id, retry_count, started_on from pgboss.archive where id in (${ids})`.execute(store.db);
  const before = new Map(kill.jobs.map((j) => [j.id, j.retryCount]));
  const restarted = result.rows.filter((r) => Number(r.retry_count) > (before.get(r.id) ?? Infinity));
  const slowestMs = Math.max(0, ...restarted.map((r) => new Date(r.started_on).getTime() - kill.at.getTime()));
  return { jobs: new Set(restarted.map((r) => r.id)).size, slowestMs };
}
