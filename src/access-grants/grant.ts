import type { AccessGrantStatus, AccessReferenceKind, StoreSchema } from "../store/index.js";
import type { Selectable } from "kysely";

export type GrantRow = Selectable<StoreSchema["access_grants"]>;

/** A grant as it is now: the stored status, or "expired" once an active grant's time is up. */
export type GrantState = AccessGrantStatus | "expired";

export type CustomerApproval = "not_required" | "awaiting" | "approved" | "declined";

export interface AccessGrant {
  id: string;
  tenant: string;
  party: string;
  reason: string;
  reference: { kind: AccessReferenceKind; id: string };
  grantee: string;
  requestedBy: string;
  requestedAt: string;
  durationMinutes: number;
  approvedBy: string | null;
  approvedAt: string | null;
  customerApproval: CustomerApproval;
  customerDecidedBy: string | null;
  customerDecidedAt: string | null;
  state: GrantState;
  startsAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string | null;
}

export function grantState(row: GrantRow, now: Date): GrantState {
  if (row.status === "active" && row.expires_at !== null && row.expires_at <= now.toISOString()) return "expired";
  return row.status;
}

function customerApproval(row: GrantRow): CustomerApproval {
  if (!row.customer_approval_required) return "not_required";
  if (row.customer_decided_at === null) return "awaiting";
  return row.status === "declined" ? "declined" : "approved";
}

export function toGrant(row: GrantRow, now: Date): AccessGrant {
  return {
    id: row.id,
    tenant: row.tenant,
    party: row.party,
    reason: row.reason,
    reference: { kind: row.reference_kind, id: row.reference },
    grantee: row.grantee,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    durationMinutes: Number(row.duration_minutes),
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    customerApproval: customerApproval(row),
    customerDecidedBy: row.customer_decided_by,
    customerDecidedAt: row.customer_decided_at,
    state: grantState(row, now),
    startsAt: row.starts_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    revokeReason: row.revoke_reason,
  };
}
