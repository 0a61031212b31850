import { randomUUID } from "node:crypto";
import type { RetentionRunStatus, Store } from "../store/index.js";

/** A run record as reports show it. */
export interface RetentionRun {
  id: string;
  rule: string;
  trigger: string;
  status: RetentionRunStatus;
  startedAt: string;
  finishedAt: string | null;
  handled: number;
  held: number;
  details: Record<string, unknown>;
}

export async function startRunRecord(store: Store, rule: string, trigger: string, at: Date): Promise<string> {
  const id = randomUUID();
  const iso = at.toISOString();
  // A record still "running" for this rule belongs to a process that died: this run holds the rule's lease.
  await store.db
    .updateTable("retention_runs")
    .set({ status: "interrupted", finished_at: iso })
    .where("rule", "=", rule)
    .where("status", "=", "running")
    .execute();
  await store.db
    .insertInto("retention_runs")
    .values({
      id,
      rule,
      trigger,
      dry_run: 0,
      status: "running",
      started_at: iso,
      heartbeat_at: iso,
      finished_at: null,
      error: null,
    })
    .execute();
  return id;
}

export async function heartbeatRun(
  store: Store,
  id: string,
  progress: { handled: number; held: number; details: Record<string, unknown> },
  at: Date,
): Promise<void> {
  await store.db
    .updateTable("retention_runs")
    .set({
      heartbeat_at: at.toISOString(),
      handled: progress.handled,
      held: progress.held,
      details: JSON.stringify(progress.details),
    })
    .where("id", "=", id)
    .execute();
}

export async function finishRunRecord(
  store: Store,
  id: string,
  outcome: {
    status: RetentionRunStatus;
    handled: number;
    held: number;
    details: Record<string, unknown>;
    error?: string;
  },
  at: Date,
): Promise<void> {
  await store.db
    .updateTable("retention_runs")
    .set({
      status: outcome.status,
      finished_at: at.toISOString(),
      heartbeat_at: at.toISOString(),
      handled: outcome.handled,
      held: outcome.held,
      details: JSON.stringify(outcome.details),
      error: outcome.error ?? null,
    })
    .where("id", "=", id)
    .execute();
}

/** The latest run of each rule (dry runs are not recorded), by rule. */
export async function lastRuns(store: Store): Promise<Map<string, RetentionRun>> {
  const rows = await store.db.selectFrom("retention_runs").selectAll().orderBy("started_at", "desc").execute();
  const out = new Map<string, RetentionRun>();
  for (const r of rows) {
    if (out.has(r.rule)) continue;
    out.set(r.rule, {
      id: r.id,
      rule: r.rule,
      trigger: r.trigger,
      status: r.status,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      handled: Number(r.handled),
      held: Number(r.held),
      details: JSON.parse(r.details) as Record<string, unknown>,
    });
  }
  return out;
}

/** Every run, newest first: the evidence trail. */
export async function allRuns(store: Store, limit = 1000): Promise<RetentionRun[]> {
  const rows = await store.db
    .selectFrom("retention_runs")
    .selectAll()
    .orderBy("started_at", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    rule: r.rule,
    trigger: r.trigger,
    status: r.status,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    handled: Number(r.handled),
    held: Number(r.held),
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}
