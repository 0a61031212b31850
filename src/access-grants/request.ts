import { randomUUID } from "node:crypto";
import { ACCESS_REFERENCE_KINDS, type AccessReferenceKind } from "../store/index.js";
import type { GrantDeps } from "./deps.js";
import { AccessGrantError } from "./errors.js";
import { type AccessGrant, type GrantRow, toGrant } from "./grant.js";
import { STAFF, supportPolicy } from "./policy.js";
import { auditGrant, changeGrants, engagementOpen, type Trx } from "./transaction.js";

export interface RequestGrant {
  tenant: string;
  /** "staff" (the default) or an external party the register declares. */
  party?: string;
  reason: string;
  reference: { kind: AccessReferenceKind; id: string };
  /** Who will use the grant: an id in the company's own systems, never a name or an address. */
  grantee: string;
  /** Defaults to the register's max_duration, and may not exceed it. */
  durationMinutes?: number;
  actor: string;
}

function text(field: string, value: string | undefined, max: number, required = true): string {
  const trimmed = (value ?? "").trim();
  if ((required && !trimmed) || trimmed.length > max)
    throw new AccessGrantError("invalid", `${field} has ${required ? 1 : 0} to ${max} characters`, field);
  return trimmed;
}

/**
 * An external party gets a grant only while the project or incident it names is open, and only of the
 * kinds the register allows for that party. Checked when the grant is asked for and again when approved.
 */
export async function checkParty(deps: GrantDeps, trx: Trx, party: string, kind: string, reference: string) {
  if (party === STAFF) return;
  const policy = supportPolicy(deps.register);
  const kinds = policy.external.get(party);
  if (!kinds) throw new AccessGrantError("invalid", "the register declares no such external party", "party");
  if (!(kinds as readonly string[]).includes(kind))
    throw new AccessGrantError("invalid", `this party's grants name an open ${kinds.join(" or ")}`, "reference.kind");
  if (!(await engagementOpen(trx, kind, reference)))
    throw new AccessGrantError(
      "conflict",
      `an external party gets a grant only while the ${kind} it names is open`,
      "reference.id",
    );
}

/** Asks for access to one tenant's data; nothing is open until someone else approves it. */
export async function requestGrant(deps: GrantDeps, input: RequestGrant): Promise<AccessGrant> {
  const policy = supportPolicy(deps.register);
  const requiresReason = deps.register.support_access?.requires_reason ?? true;
  const tenant = text("tenant", input.tenant, 200);
  const reason = text("reason", input.reason, 500, requiresReason);
  const party = text("party", input.party ?? STAFF, 100);
  const grantee = text("grantee", input.grantee, 200);
  if (!(ACCESS_REFERENCE_KINDS as readonly string[]).includes(input.reference.kind))
    throw new AccessGrantError("invalid", `reference.kind is ${ACCESS_REFERENCE_KINDS.join(", ")}`, "reference.kind");
  const reference = text("reference.id", input.reference.id, 100);
  const duration = input.durationMinutes ?? policy.maxMinutes;
  if (!Number.isInteger(duration) || duration < 1 || duration > policy.maxMinutes)
    throw new AccessGrantError(
      "invalid",
      `a grant runs 1 to ${policy.maxMinutes} minutes (the register's max_duration)`,
      "durationMinutes",
    );
  const row: GrantRow = {
    id: randomUUID(),
    tenant,
    party,
    reason,
    reference_kind: input.reference.kind,
    reference,
    grantee,
    requested_by: input.actor,
    requested_at: deps.now().toISOString(),
    duration_minutes: duration,
    approved_by: null,
    approved_at: null,
    customer_approval_required: policy.customerApproval ? 1 : 0,
    customer_decided_by: null,
    customer_decided_at: null,
    status: "requested",
    starts_at: null,
    expires_at: null,
    revoked_at: null,
    revoked_by: null,
    revoke_reason: null,
  };
  await changeGrants(deps, async (trx) => {
    await checkParty(deps, trx, party, row.reference_kind, reference);
    await trx.insertInto("access_grants").values(row).execute();
    await auditGrant(deps, trx, input.actor, "requested", row.id, {
      tenant,
      party,
      grantee,
      reason,
      reference_kind: row.reference_kind,
      reference,
      duration_minutes: duration,
      customer_approval: policy.customerApproval,
    });
  });
  return toGrant(row, deps.now());
}
