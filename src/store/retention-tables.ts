import type { Generated } from "kysely";

/*
 * The retention tables: each sweep's runs, the lease that keeps two workers off one rule, the legal
 * holds that stop sweeps, and the scheduled deletions of tenants. Counts and keys only: no personal
 * data is copied into them.
 */

export const RETENTION_RUN_STATUSES = ["running", "completed", "failed", "interrupted"] as const;
export type RetentionRunStatus = (typeof RETENTION_RUN_STATUSES)[number];

/** One sweep of one retention rule: what it handled, so `retention status` and the evidence export can show it. */
export interface RetentionRunsTable {
  /** A random UUID. */
  id: string;
  rule: string;
  /** "cli" or "schedule". */
  trigger: string;
  /** 1 when the run only counted what it would do. */
  dry_run: number;
  status: RetentionRunStatus;
  started_at: string;
  /** Renewed after every batch: a running record whose heartbeat stopped was killed half-way. */
  heartbeat_at: string;
  finished_at: string | null;
  /** Rows deleted, anonymised or restricted by the rule's action. */
  handled: Generated<number>;
  /** Due rows kept under a hold (restricted meanwhile where the collection says how). */
  held: Generated<number>;
  /** JSON object: per collection, counts by outcome. Counts only, never row contents or keys. */
  details: Generated<string>;
  /** The error message of a failed run (no personal data: sweep errors name tables and columns). */
  error: string | null;
}

/** A lease on one rule: whoever holds it sweeps the rule; one that expired was left by a dead process. */
export interface RetentionLocksTable {
  rule: string;
  holder: string;
  expires_at: string;
}

export const LEGAL_HOLD_SCOPES = ["person", "tenant", "collection"] as const;
export type LegalHoldScope = (typeof LEGAL_HOLD_SCOPES)[number];

/** A legal hold (an incident, a claim): the rows it covers stay until it is lifted. */
export interface RetentionHoldsTable {
  /** A random UUID. */
  id: string;
  scope: LegalHoldScope;
  /** The collection's name, the tenant's key, or for a person the identity type (email, phone). */
  target: string;
  /** For a person: the identity value, AES-256-GCM sealed with the data key. Null otherwise. */
  identity_encrypted: string | null;
  reason: string;
  placed_by: string;
  placed_at: string;
  lifted_at: string | null;
  lifted_by: string | null;
  lift_reason: string | null;
}

export const TENANT_DELETION_STATUSES = ["scheduled", "purging", "purged", "cancelled"] as const;
export type TenantDeletionStatus = (typeof TENANT_DELETION_STATUSES)[number];

/**
 * A tenant's deletion, scheduled with an undo window: nothing is removed before `purge_at`, and undo
 * is possible until `undo_until`. The tenant's key is the only thing it records about the tenant.
 */
export interface TenantDeletionsTable {
  /** A random UUID. */
  id: string;
  /** The tenant's key, as in the collections' tenant column. */
  tenant: string;
  /** The tenant's key while the deletion is scheduled or purging, null after: one deletion under way per tenant. */
  active_tenant: string | null;
  /** The retention rule (after: tenant_deleted) whose undo window and backup period apply. */
  rule: string;
  status: TenantDeletionStatus;
  /** Who asked: a role or a reference, never a person's name. */
  requested_by: string;
  requested_at: string;
  undo_until: string;
  /** From when the purge may run: the undo window's end, or the rule's period if that ends later. */
  purge_at: string;
  /** The rule's backup_purge period, as the register said it when the deletion was scheduled; null: undeclared. */
  backup_purge: string | null;
  /** The date by which backups no longer hold the data: planned from purge_at, then from purged_at. */
  backups_gone_by: string | null;
  /** 1 when the rule says the deletion counts as the erasure request (Art. 17). */
  erasure_request: Generated<number>;
  cancelled_at: string | null;
  cancelled_by: string | null;
  purge_started_at: string | null;
  purged_at: string | null;
  /** JSON object: per collection, rows removed, kept under a hold and kept under a legal hold. Counts only. */
  progress: Generated<string>;
  /** Why the last purge attempt failed (tables and columns, no personal data). */
  error: string | null;
}
