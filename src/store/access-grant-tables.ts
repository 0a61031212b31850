/*
 * The support access grants' tables: the grants themselves and the projects and incidents an external
 * party's grant must name. Each grant's uses are not here: they are entries of the audit log, so the
 * tenant's view and the auditor's read one record.
 */

export const ACCESS_GRANT_STATUSES = ["requested", "awaiting_customer", "active", "declined", "revoked"] as const;
/** Stored status; "expired" is not stored but read from `expires_at`, so no job has to flip it. */
export type AccessGrantStatus = (typeof ACCESS_GRANT_STATUSES)[number];

export const ACCESS_REFERENCE_KINDS = ["ticket", "project", "incident"] as const;
export type AccessReferenceKind = (typeof ACCESS_REFERENCE_KINDS)[number];

export interface AccessGrantsTable {
  /** A random UUID; also the `jti` of every token signed for the grant. */
  id: string;
  /** The tenant's key in the company's application: whose data the grant opens. */
  tenant: string;
  /** "staff", or the id of an external party the register declares. */
  party: string;
  reason: string;
  reference_kind: AccessReferenceKind;
  /** The ticket, project or incident number. */
  reference: string;
  /** The id of the person who will use the grant (a console user or the company's own staff id). */
  grantee: string;
  /** Actors (`user:<id>`, `api:<id>`, `operator`), never a name or an address. */
  requested_by: string;
  requested_at: string;
  /** How long the grant runs once valid, in minutes; never more than the register's max_duration. */
  duration_minutes: number;
  approved_by: string | null;
  approved_at: string | null;
  /** 1 when the register wanted the tenant's own approval when the grant was requested. */
  customer_approval_required: number;
  /** The tenant's approver as the company's application names them (its user id), never an address. */
  customer_decided_by: string | null;
  customer_decided_at: string | null;
  status: AccessGrantStatus;
  starts_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

export interface AccessEngagementsTable {
  id: string;
  kind: "project" | "incident";
  /** The project or incident number a grant names. */
  reference: string;
  title: string;
  opened_by: string;
  opened_at: string;
  closed_by: string | null;
  closed_at: string | null;
}
