import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { performance } from "node:perf_hooks";
import { appendAudit } from "../audit/index.js";
import { closeConnections, type Connections, ensureSideTables, openConnections, walkRows } from "../datasets/index.js";
import type { RetentionDeps } from "./deps.js";
import { type ActiveHolds, activeHolds } from "./legal-holds.js";
import { acquireRuleLock, releaseRuleLock, renewRuleLock } from "./lock.js";
import { DEFAULT_BATCH_SIZE, leaseFromEnv } from "./run.js";
import { purgeCollection, type TenantBatch } from "./tenant-batches.js";
import { keptByCollectionHolds, planTenantDeletion, type TenantPlan } from "./tenant-plan.js";
import { findTenantRows, referencesTo } from "./tenant-rows.js";
import {
  backupsGoneBy,
  type TenantCollectionProgress,
  type TenantDeletion,
  TenantDeletionError,
  toDeletion,
} from "./tenants.js";

export interface TenantPurgeOptions {
  /** Only this tenant's deletion; its report says "waiting" while its undo window runs. */
  tenant?: string;
  batchSize?: number;
  holder?: string;
  leaseMs?: number;
  trigger?: "cli" | "schedule";
  /** After each batch committed and was recorded; a test stops a purge half-way by throwing here. */
  afterBatch?: (batch: TenantBatch & { tenant: string }) => Promise<void> | void;
}

/**
 * purged: every row of the tenant is gone but what a hold of the register keeps; waiting: the undo
 * window runs; legal_hold: a legal hold on the tenant stops it; incomplete: a legal hold on a person or
 * a collection keeps rows, so the purge runs again; kept: rows that stay (held, or in a collection the
 * purge does not cover) still point at some of the tenant's rows, which stay with them until they
 * go, so the purge runs again; busy: another process purges this tenant.
 */
export type TenantPurgeOutcome = "purged" | "waiting" | "legal_hold" | "incomplete" | "kept" | "busy" | "failed";

export interface TenantPurgeReport {
  id: string;
  tenant: string;
  outcome: TenantPurgeOutcome;
  purgeAt: string;
  collections: ({ collection: string } & TenantCollectionProgress)[];
  backupsGoneBy: string | null;
  /** Collections pointing at purged ones without a tenant column: not purged, said so. */
  uncovered: string[];
  longestBatchMs: number;
  error?: string;
}

const actor = "system";
const lockName = (id: string) => `tenant-deletion:${id}`;

/** The deletions whose purge may run now: scheduled or purging, their purge date reached. */
export async function duePurges(deps: RetentionDeps): Promise<TenantDeletion[]> {
  const rows = await deps.store.db
    .selectFrom("tenant_deletions")
    .selectAll()
    .where("status", "in", ["scheduled", "purging"])
    .where("purge_at", "<=", deps.now().toISOString())
    .orderBy("purge_at")
    .execute();
  return rows.map(toDeletion);
}

async function loadActive(deps: RetentionDeps, tenant: string): Promise<TenantDeletion | undefined> {
  const row = await deps.store.db
    .selectFrom("tenant_deletions")
    .selectAll()
    .where("active_tenant", "=", tenant.trim())
    .executeTakeFirst();
  return row ? toDeletion(row) : undefined;
}

const reportOf = (d: TenantDeletion, plan: TenantPlan, outcome: TenantPurgeOutcome): TenantPurgeReport => ({
  id: d.id,
  tenant: d.tenant,
  outcome,
  purgeAt: d.purgeAt,
  collections: Object.entries(d.progress).map(([collection, p]) => ({ collection, ...p })),
  backupsGoneBy: d.backupsGoneBy,
  uncovered: plan.uncovered,
  longestBatchMs: 0,
});

/**
 * Purges every tenant whose undo window has ended (or the one asked for), through the connectors, in
 * short batched transactions. Each deletion is purged under a lease of its own, so two workers never
 * purge the same tenant at once; its progress is recorded after every batch, so a killed purge
 * resumes, and a finished one is not run again.
 */
export async function runTenantPurges(
  deps: RetentionDeps,
  options: TenantPurgeOptions = {},
): Promise<TenantPurgeReport[]> {
  let deletions: TenantDeletion[];
  const waiting: TenantPurgeReport[] = [];
  if (options.tenant !== undefined) {
    const one = await loadActive(deps, options.tenant);
    if (!one) throw new TenantDeletionError(`tenant ${options.tenant.trim()} has no deletion under way`);
    if (one.purgeAt > deps.now().toISOString())
      waiting.push(reportOf(one, planTenantDeletion(deps.register, one.rule), "waiting"));
    deletions = waiting.length > 0 ? [] : [one];
  } else deletions = await duePurges(deps);
  if (deletions.length === 0) return waiting;
  const connections = await openConnections(deps.register, deps.env);
  try {
    const holds = await activeHolds(deps);
    const reports: TenantPurgeReport[] = [];
    for (const deletion of deletions) {
      const plan = planTenantDeletion(deps.register, deletion.rule);
      const report = await purgeTenant(deps, connections, deletion, plan, holds, options);
      if (report) reports.push(report);
    }
    return reports;
  } finally {
    await closeConnections(connections);
  }
}

async function personKeys(plan: TenantPlan, connections: Connections, holds: ActiveHolds) {
  const found = holds.people.length > 0 ? await walkRows(plan.graph, connections, holds.people) : undefined;
  return (collection: string) => new Set(found?.rows.get(collection)?.keys() ?? []);
}

async function purgeTenant(
  deps: RetentionDeps,
  connections: Connections,
  listed: TenantDeletion,
  plan: TenantPlan,
  holds: ActiveHolds,
  options: TenantPurgeOptions,
): Promise<TenantPurgeReport | undefined> {
  if (holds.tenants.has(listed.tenant)) return reportOf(listed, plan, "legal_hold");
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? leaseFromEnv(deps.env);
  if (!(await acquireRuleLock(deps.store, lockName(listed.id), holder, leaseMs))) return reportOf(listed, plan, "busy");
  try {
    // Read again under the lease: another process may have finished this purge since it was listed.
    const row = await deps.store.db
      .selectFrom("tenant_deletions")
      .selectAll()
      .where("id", "=", listed.id)
      .executeTakeFirstOrThrow();
    const deletion = toDeletion(row);
    if (deletion.status !== "scheduled" && deletion.status !== "purging") return undefined;
    return await purgeLocked(deps, connections, deletion, plan, holds, options, { holder, leaseMs });
  } finally {
    await releaseRuleLock(deps.store, lockName(listed.id), holder);
  }
}

async function purgeLocked(
  deps: RetentionDeps,
  connections: Connections,
  deletion: TenantDeletion,
  plan: TenantPlan,
  holds: ActiveHolds,
  options: TenantPurgeOptions,
  { holder, leaseMs }: { holder: string; leaseMs: number },
): Promise<TenantPurgeReport> {
  const report = reportOf(deletion, plan, "purged");
  const progress: Record<string, TenantCollectionProgress> = { ...deletion.progress };
  const save = () =>
    deps.store.db
      .updateTable("tenant_deletions")
      .set({ progress: JSON.stringify(progress) })
      .where("id", "=", deletion.id)
      .execute();
  const audit = (action: string, data: Record<string, unknown>) =>
    appendAudit(deps.store, {
      actor,
      action,
      subjectType: "tenant_deletion",
      subjectId: deletion.id,
      data: { tenant: deletion.tenant, ...data },
      at: deps.now(),
    });
  let lastBeat = performance.now();
  try {
    if (deletion.status === "scheduled") {
      await deps.store.db
        .updateTable("tenant_deletions")
        .set({ status: "purging", purge_started_at: deps.now().toISOString() })
        .where("id", "=", deletion.id)
        .where("status", "=", "scheduled")
        .execute();
      // Under the lease and read just now: no other process starts this purge between the two.
      await audit("retention.tenant_purge_started", { rule: deletion.rule, trigger: options.trigger ?? "cli" });
    }
    const heldKeys = await personKeys(plan, connections, holds);
    const kept = keptByCollectionHolds(plan, holds.collections);
    const tenantRows = await findTenantRows(plan, connections, deletion.tenant);
    let complete = true;
    for (const target of plan.targets) {
      const before = progress[target.name] ?? { removed: 0, held: 0, legalHold: 0 };
      if (kept.has(target.name)) {
        progress[target.name] = { ...before, skipped: true };
        complete = false;
        continue;
      }
      const connector = connections.get(target.collection.connection);
      if (!connector) throw new Error(`connection "${target.collection.connection}" is not open`);
      await ensureSideTables(connector, [target.collection]);
      let removed = before.removed;
      const pass = await purgeCollection({
        connector,
        target,
        tenant: deletion.tenant,
        keys: [...(tenantRows.get(target.name)?.keys() ?? [])],
        references: referencesTo(plan, target).map((edge) => ({
          edge,
          child: plan.graph.collections.get(edge.child)!,
        })),
        connections,
        keptGround: `retention:${deletion.rule}`,
        now: deps.now(),
        batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
        heldKeys: heldKeys(target.name),
        afterBatch: async (batch) => {
          removed += batch.removed;
          progress[target.name] = { removed, held: before.held, legalHold: before.legalHold };
          await save();
          if (batch.removed > 0 || batch.held > 0 || batch.kept > 0)
            await audit("retention.tenant_purge_batch", {
              collection: batch.collection,
              rows: batch.removed,
              held: batch.held,
              ...(batch.kept > 0 ? { kept: batch.kept } : {}),
            });
          if (performance.now() - lastBeat >= Math.min(1000, leaseMs / 4)) {
            lastBeat = performance.now();
            if (!(await renewRuleLock(deps.store, lockName(deletion.id), holder, leaseMs)))
              throw new Error(`the lease on tenant ${deletion.tenant}'s purge was taken over; stopping this purge`);
          }
          await options.afterBatch?.({ ...batch, tenant: deletion.tenant });
        },
      });
      progress[target.name] = {
        removed,
        held: pass.held,
        legalHold: pass.legalHold,
        ...(pass.kept > 0 ? { kept: pass.kept } : {}),
      };
      if (pass.legalHold > 0) complete = false;
      report.longestBatchMs = Math.max(report.longestBatchMs, pass.longestBatchMs);
    }
    report.collections = plan.targets.map((t) => ({ collection: t.name, ...progress[t.name]! }));
    if (!complete) {
      await save();
      return { ...report, outcome: "incomplete" };
    }
    // A row kept for the rows pointing at it is still the tenant's: the deletion is not finished.
    if (plan.targets.some((t) => (progress[t.name]?.kept ?? 0) > 0)) {
      await save();
      return { ...report, outcome: "kept" };
    }
    const purgedAt = deps.now();
    const gone = backupsGoneBy(purgedAt, deletion.backupPurge);
    await deps.store.db
      .updateTable("tenant_deletions")
      .set({
        status: "purged",
        active_tenant: null,
        purged_at: purgedAt.toISOString(),
        backups_gone_by: gone,
        progress: JSON.stringify(progress),
        error: null,
      })
      .where("id", "=", deletion.id)
      .execute();
    await audit("retention.tenant_purge_finished", {
      collections: progress,
      backups_gone_by: gone,
      erasure_request: deletion.erasureRequest,
    });
    return { ...report, outcome: "purged", backupsGoneBy: gone };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await save();
    await deps.store.db.updateTable("tenant_deletions").set({ error: message }).where("id", "=", deletion.id).execute();
    await audit("retention.tenant_purge_failed", { error: message });
    return {
      ...report,
      collections: Object.entries(progress).map(([collection, p]) => ({ collection, ...p })),
      outcome: "failed",
      error: message,
    };
  }
}
