import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { performance } from "node:perf_hooks";
import { appendAudit } from "../audit/index.js";
import { timestampValue } from "../connectors/index.js";
import {
  closeConnections,
  type Connections,
  ensureSideTables,
  maskingKey,
  openConnections,
  tableDb,
  walkRows,
} from "../datasets/index.js";
import { adaptiveBatchSize, DEFAULT_BATCH_TARGET_MS } from "./batch-size.js";
import { compileRetention, type LifecycleRule, type Sweep } from "./compile.js";
import type { RetentionDeps } from "./deps.js";
import { candidateCutoff } from "./due.js";
import { activeHolds } from "./legal-holds.js";
import { acquireRuleLock, DEFAULT_LEASE_MS, releaseRuleLock, renewRuleLock } from "./lock.js";
import { finishRunRecord, heartbeatRun, startRunRecord } from "./runs.js";
import { type BatchInfo, type CollectionCounts, sweepCollection } from "./sweep.js";

/** Rows per batch: small enough that one batch's transaction holds its locks for milliseconds, not seconds. */
export const DEFAULT_BATCH_SIZE = 2000;

export interface RunOptions {
  dryRun?: boolean;
  /** Only these rules (all that compile to a sweep when absent). */
  rules?: readonly string[];
  trigger?: "cli" | "schedule";
  batchSize?: number;
  /**
   * The time budget of one batch's transaction, in milliseconds: a batch that runs over it halves the
   * next (see batch-size.ts). 0 turns adapting off, so every batch takes `batchSize` rows.
   */
  batchTargetMs?: number;
  /** Who holds the rule's lease: a process id by default. */
  holder?: string;
  leaseMs?: number;
  /** Told before a collection's sweep (its candidate count) and after each batch. */
  onProgress?: (progress: { rule: string; collection: string; done: number; total: number }) => void;
  /** After each batch committed and was audited; a test stops a sweep half-way by throwing here. */
  afterBatch?: (batch: BatchInfo & { rule: string }) => Promise<void> | void;
}

/** tenant_lifecycle: the rule is not swept here; `waarborg tenant run` enforces it, undo window and all. */
export type RuleOutcome = "completed" | "dry_run" | "busy" | "failed" | "tenant_lifecycle";

export interface RuleReport {
  rule: string;
  action: Sweep["action"];
  period: string;
  outcome: RuleOutcome;
  runId?: string;
  handled: number;
  held: number;
  legalHold: number;
  collections: ({ collection: string } & CollectionCounts)[];
  longestBatchMs: number;
  error?: string;
}

const actor = "system";

/** WAARBORG_RETENTION_LEASE_SECONDS: how soon another process takes over a rule whose sweeper died. */
export function leaseFromEnv(env: NodeJS.ProcessEnv): number {
  const text = env.WAARBORG_RETENTION_LEASE_SECONDS;
  if (!text) return DEFAULT_LEASE_MS;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error("WAARBORG_RETENTION_LEASE_SECONDS must be a positive number of seconds");
  return seconds * 1000;
}

/**
 * Runs the retention sweeps: every rule the register compiles, or those asked for. For each rule it
 * takes the rule's lease (another process sweeping it makes this one report "busy" and move on),
 * writes a run record and audit entries, sweeps its collections in batches, and finishes the record.
 * A dry run takes no lease, changes nothing and records nothing: it counts what a run would do.
 */
export async function runRetention(deps: RetentionDeps, options: RunOptions = {}): Promise<RuleReport[]> {
  const compiled = compileRetention(deps.register);
  const wanted = options.rules ? new Set(options.rules) : undefined;
  const sweeps = compiled.sweeps.filter((s) => !wanted || wanted.has(s.rule));
  const lifecycle = compiled.lifecycle.filter((l) => !wanted || wanted.has(l.rule)).map(lifecycleReport);
  if (wanted)
    for (const rule of wanted)
      if (!sweeps.some((s) => s.rule === rule) && !lifecycle.some((l) => l.rule === rule))
        throw new Error(`retention rule "${rule}" does not govern any collection that can be swept`);
  const byRule = (reports: RuleReport[]) => [...reports, ...lifecycle].sort((a, b) => a.rule.localeCompare(b.rule));
  if (sweeps.length === 0) return byRule([]);
  const connections = await openConnections(deps.register, deps.env);
  try {
    const holds = await activeHolds(deps);
    const found = holds.people.length > 0 ? await walkRows(compiled.graph, connections, holds.people) : undefined;
    const heldKeys = (collection: string) => new Set(found?.rows.get(collection)?.keys() ?? []);
    const reports: RuleReport[] = [];
    for (const sweep of sweeps) {
      reports.push(await runSweep(deps, connections, sweep, options, heldKeys, holds));
    }
    return byRule(reports);
  } finally {
    await closeConnections(connections);
  }
}

/** A rule the sweep leaves to the tenant lifecycle, reported as such: nothing counted, nothing touched. */
function lifecycleReport(rule: LifecycleRule): RuleReport {
  return {
    rule: rule.rule,
    action: rule.action,
    period: rule.period,
    outcome: "tenant_lifecycle",
    handled: 0,
    held: 0,
    legalHold: 0,
    collections: [],
    longestBatchMs: 0,
  };
}

async function runSweep(
  deps: RetentionDeps,
  connections: Connections,
  sweep: Sweep,
  options: RunOptions,
  heldKeys: (collection: string) => Set<string>,
  holds: { collections: Set<string>; tenants: Set<string> },
): Promise<RuleReport> {
  const dryRun = options.dryRun ?? false;
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? leaseFromEnv(deps.env);
  const report: RuleReport = {
    rule: sweep.rule,
    action: sweep.action,
    period: sweep.period,
    outcome: dryRun ? "dry_run" : "completed",
    handled: 0,
    held: 0,
    legalHold: 0,
    collections: [],
    longestBatchMs: 0,
  };
  if (!dryRun && !(await acquireRuleLock(deps.store, sweep.rule, holder, leaseMs))) {
    return { ...report, outcome: "busy" };
  }
  let runId: string | undefined;
  // Totals across batches so far, for the heartbeat: a killed run's record still says how far it got.
  const soFar = { handled: 0, held: 0 };
  let lastBeat = performance.now();
  const details = () => Object.fromEntries(report.collections.map(({ collection, ...c }) => [collection, c]));
  try {
    if (!dryRun) {
      runId = await startRunRecord(deps.store, sweep.rule, options.trigger ?? "cli", deps.now());
      report.runId = runId;
      await appendAudit(deps.store, {
        actor,
        action: "retention.run_started",
        subjectType: "retention_run",
        subjectId: runId,
        data: { rule: sweep.rule, action: sweep.action, period: sweep.period, trigger: options.trigger ?? "cli" },
        at: deps.now(),
      });
    }
    let key: string | undefined;
    const secret = () => (key ??= maskingKey(deps.env));
    for (const target of sweep.targets) {
      const connector = connections.get(target.collection.connection);
      if (!connector) throw new Error(`connection "${target.collection.connection}" is not open`);
      if (holds.collections.has(target.name)) {
        report.collections.push({
          collection: target.name,
          handled: 0,
          held: 0,
          legalHold: 0,
          alreadyDone: 0,
          batches: 0,
          longestBatchMs: 0,
          skipped: true,
        });
        continue;
      }
      const cutoff = timestampValue(connector.dialect, candidateCutoff(deps.now(), sweep.period).getTime());
      const row = await tableDb(connector, target.collection)
        .selectFrom(target.collection.table)
        .select((eb) => eb.fn.countAll().as("n"))
        .where(target.since, "<=", cutoff)
        .executeTakeFirst();
      const total = Number(row?.n ?? 0);
      let done = 0;
      options.onProgress?.({ rule: sweep.rule, collection: target.name, done, total });
      if (!dryRun) await ensureSideTables(connector, [target.collection]);
      const counts = await sweepCollection({
        connector,
        target,
        period: sweep.period,
        action: sweep.action,
        ruleId: sweep.rule,
        now: deps.now(),
        dryRun,
        batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
        ...(options.batchTargetMs === 0
          ? {}
          : {
              sizer: adaptiveBatchSize({
                max: options.batchSize ?? DEFAULT_BATCH_SIZE,
                targetMs: options.batchTargetMs ?? DEFAULT_BATCH_TARGET_MS,
              }),
            }),
        heldKeys: heldKeys(target.name),
        heldTenants: holds.tenants,
        secret,
        afterBatch: async (batch) => {
          done += batch.handled + batch.held;
          soFar.handled += batch.handled;
          soFar.held += batch.held;
          options.onProgress?.({ rule: sweep.rule, collection: target.name, done: Math.min(done, total), total });
          if (!runId) return;
          if (batch.handled > 0 || batch.held > 0)
            await appendAudit(deps.store, {
              actor,
              action: "retention.batch",
              subjectType: "retention_run",
              subjectId: runId,
              data: {
                rule: sweep.rule,
                collection: batch.collection,
                action: sweep.action,
                rows: batch.handled,
                held: batch.held,
              },
              at: deps.now(),
            });
          // The lease and the heartbeat are renewed a few times per lease, not per batch: two store
          // writes fewer per batch, and a lease still cannot run out under a live sweeper.
          if (performance.now() - lastBeat >= Math.min(1000, leaseMs / 4)) {
            lastBeat = performance.now();
            if (!(await renewRuleLock(deps.store, sweep.rule, holder, leaseMs)))
              throw new Error(`the lease on retention rule "${sweep.rule}" was taken over; stopping this sweep`);
            await heartbeatRun(deps.store, runId, { ...soFar, details: details() }, deps.now());
          }
          await options.afterBatch?.({ ...batch, rule: sweep.rule });
        },
      });
      options.onProgress?.({ rule: sweep.rule, collection: target.name, done: total, total });
      report.collections.push({ collection: target.name, ...counts });
      report.handled += counts.handled;
      report.held += counts.held;
      report.legalHold += counts.legalHold;
      report.longestBatchMs = Math.max(report.longestBatchMs, counts.longestBatchMs);
    }
    if (runId) {
      await finishRunRecord(
        deps.store,
        runId,
        { status: "completed", handled: report.handled, held: report.held, details: details() },
        deps.now(),
      );
      await appendAudit(deps.store, {
        actor,
        action: "retention.run_finished",
        subjectType: "retention_run",
        subjectId: runId,
        data: {
          rule: sweep.rule,
          handled: report.handled,
          held: report.held,
          legal_hold: report.legalHold,
          collections: details(),
        },
        at: deps.now(),
      });
    }
    return report;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (runId) {
      await finishRunRecord(
        deps.store,
        runId,
        { status: "failed", handled: report.handled, held: report.held, details: details(), error: message },
        deps.now(),
      );
      await appendAudit(deps.store, {
        actor,
        action: "retention.run_failed",
        subjectType: "retention_run",
        subjectId: runId,
        data: { rule: sweep.rule, handled: report.handled, error: message },
        at: deps.now(),
      });
    }
    return { ...report, outcome: "failed", error: message };
  } finally {
    if (!dryRun) await releaseRuleLock(deps.store, sweep.rule, holder);
  }
}
