import { randomUUID } from "node:crypto";
import { appendAuditIn, retryOnConflict } from "../audit/index.js";
import { addPeriod } from "../datasets/index.js";
import { parseDuration } from "../register/index.js";
import type { Selectable } from "kysely";
import type { TenantDeletionStatus, TenantDeletionsTable } from "../store/index.js";
import type { RetentionDeps } from "./deps.js";
import { planTenantDeletion } from "./tenant-plan.js";

/** What a tenant's purge did to one collection. Counts only. */
export interface TenantCollectionProgress {
  /** Rows of the tenant deleted so far. */
  removed: number;
  /** Rows a hold of the register keeps (restricted where the collection says how), at the last pass. */
  held: number;
  /** Rows a legal hold keeps (a person, the collection), at the last pass. */
  legalHold: number;
  /** Rows kept (restricted) at the last pass because rows that stay still point at them; absent when none. */
  kept?: number;
  /** The whole collection is under a legal hold and was not purged at the last pass. */
  skipped?: boolean;
}

/** A tenant's deletion as reports show it. */
export interface TenantDeletion {
  id: string;
  tenant: string;
  rule: string;
  status: TenantDeletionStatus;
  requestedBy: string;
  requestedAt: string;
  undoUntil: string;
  purgeAt: string;
  backupPurge: string | null;
  /** By when backups no longer hold the tenant's data; null when the register declares no backup period. */
  backupsGoneBy: string | null;
  erasureRequest: boolean;
  cancelledAt: string | null;
  cancelledBy: string | null;
  purgeStartedAt: string | null;
  purgedAt: string | null;
  progress: Record<string, TenantCollectionProgress>;
  error: string | null;
}

export class TenantDeletionError extends Error {}

export function toDeletion(row: Selectable<TenantDeletionsTable>): TenantDeletion {
  return {
    id: row.id,
    tenant: row.tenant,
    rule: row.rule,
    status: row.status,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    undoUntil: row.undo_until,
    purgeAt: row.purge_at,
    backupPurge: row.backup_purge,
    backupsGoneBy: row.backups_gone_by,
    erasureRequest: Number(row.erasure_request) === 1,
    cancelledAt: row.cancelled_at,
    cancelledBy: row.cancelled_by,
    purgeStartedAt: row.purge_started_at,
    purgedAt: row.purged_at,
    progress: JSON.parse(row.progress) as Record<string, TenantCollectionProgress>,
    error: row.error,
  };
}

/** The date backups no longer hold data deleted at `deleted`, or null when the rule declares no backup period. */
export function backupsGoneBy(deleted: Date, backupPurge: string | null | undefined): string | null {
  if (!backupPurge || !parseDuration(backupPurge)) return null;
  return addPeriod(deleted, backupPurge).toISOString();
}

function checkKey(tenant: string): string {
  const key = tenant.trim();
  if (!key) throw new TenantDeletionError("name the tenant by its key, as in the collections' tenant column");
  return key;
}

export interface ScheduleTenantDeletion {
  tenant: string;
  /** Who asked: a role or a reference; it goes into the audit log, so never a person's name. */
  requestedBy: string;
  rule?: string;
}

/**
 * Schedules a tenant's deletion: nothing is removed now. Undo is possible until the rule's undo
 * window ends; the purge may run from then (or from the end of the rule's period, if later), and the
 * backups are clear the rule's backup_purge after the purge. A tenant has one deletion under way at a
 * time: a second is refused by the store itself, so two operators cannot both schedule one.
 */
export async function scheduleTenantDeletion(
  deps: RetentionDeps,
  input: ScheduleTenantDeletion,
): Promise<TenantDeletion> {
  const tenant = checkKey(input.tenant);
  const plan = planTenantDeletion(deps.register, input.rule);
  const now = deps.now();
  const undoUntil = plan.rule.undo_window ? addPeriod(now, plan.rule.undo_window) : now;
  const periodEnd = plan.rule.period ? addPeriod(now, plan.rule.period) : now;
  const purgeAt = periodEnd > undoUntil ? periodEnd : undoUntil;
  const id = randomUUID();
  const row = {
    id,
    tenant,
    active_tenant: tenant,
    rule: plan.ruleId,
    status: "scheduled" as const,
    requested_by: input.requestedBy,
    requested_at: now.toISOString(),
    undo_until: undoUntil.toISOString(),
    purge_at: purgeAt.toISOString(),
    backup_purge: plan.rule.backup_purge ?? null,
    backups_gone_by: backupsGoneBy(purgeAt, plan.rule.backup_purge),
    erasure_request: plan.rule.erasure_request ? 1 : 0,
    cancelled_at: null,
    cancelled_by: null,
    purge_started_at: null,
    purged_at: null,
    progress: "{}",
    error: null,
  };
  const existing = await deps.store.db
    .selectFrom("tenant_deletions")
    .select("id")
    .where("active_tenant", "=", tenant)
    .executeTakeFirst();
  if (existing) throw new TenantDeletionError(`tenant ${tenant} already has a deletion under way (${existing.id})`);
  try {
    await retryOnConflict(() =>
      deps.store.db.transaction().execute(async (trx) => {
        await trx.insertInto("tenant_deletions").values(row).execute();
        await appendAuditIn(trx, deps.store.dialect, {
          actor: input.requestedBy,
          action: "retention.tenant_deletion_scheduled",
          subjectType: "tenant_deletion",
          subjectId: id,
          data: {
            tenant,
            rule: plan.ruleId,
            undo_until: row.undo_until,
            purge_at: row.purge_at,
            backups_gone_by: row.backups_gone_by,
            erasure_request: row.erasure_request === 1,
            collections: plan.targets.map((t) => t.name),
          },
          at: now,
        });
      }),
    );
  } catch (error) {
    // The unique key on active_tenant: another deletion of this tenant was scheduled at the same moment.
    if (await activeDeletion(deps, tenant))
      throw new TenantDeletionError(`tenant ${tenant} already has a deletion under way`);
    throw error;
  }
  return toDeletion(row);
}

async function activeDeletion(deps: RetentionDeps, tenant: string): Promise<TenantDeletion | undefined> {
  const row = await deps.store.db
    .selectFrom("tenant_deletions")
    .selectAll()
    .where("active_tenant", "=", tenant)
    .executeTakeFirst();
  return row ? toDeletion(row) : undefined;
}

/**
 * Undoes a tenant's deletion within its undo window. Nothing was removed in the window, so cancelling
 * the record is all it takes; after the window the purge may have begun, and undo is refused.
 */
export async function undoTenantDeletion(
  deps: RetentionDeps,
  tenantKey: string,
  actor: string,
): Promise<TenantDeletion> {
  const tenant = checkKey(tenantKey);
  const now = deps.now();
  const at = now.toISOString();
  let id = "";
  await retryOnConflict(() =>
    deps.store.db.transaction().execute(async (trx) => {
      const row = await deps.store.dialect
        .forUpdate(trx.selectFrom("tenant_deletions").selectAll().where("active_tenant", "=", tenant))
        .executeTakeFirst();
      if (!row) throw new TenantDeletionError(`tenant ${tenant} has no deletion under way`);
      id = row.id;
      if (row.status !== "scheduled" || row.undo_until <= at)
        throw new TenantDeletionError(
          `the undo window of tenant ${tenant}'s deletion closed at ${row.undo_until}; it can no longer be undone`,
        );
      await trx
        .updateTable("tenant_deletions")
        .set({ status: "cancelled", active_tenant: null, cancelled_at: at, cancelled_by: actor })
        .where("id", "=", row.id)
        .where("status", "=", "scheduled")
        .execute();
      await appendAuditIn(trx, deps.store.dialect, {
        actor,
        action: "retention.tenant_deletion_undone",
        subjectType: "tenant_deletion",
        subjectId: row.id,
        data: { tenant, rule: row.rule },
        at: now,
      });
    }),
  );
  return toDeletion(
    await deps.store.db.selectFrom("tenant_deletions").selectAll().where("id", "=", id).executeTakeFirstOrThrow(),
  );
}

/** Every tenant deletion (or one tenant's), newest first: what `waarborg tenant status` shows. */
export async function tenantDeletions(deps: RetentionDeps, tenant?: string): Promise<TenantDeletion[]> {
  let query = deps.store.db.selectFrom("tenant_deletions").selectAll().orderBy("requested_at", "desc");
  if (tenant !== undefined) query = query.where("tenant", "=", checkKey(tenant));
  return (await query.execute()).map(toDeletion);
}
