import type { GrantDeps } from "./deps.js";
import { AccessGrantError } from "./errors.js";
import { type AccessGrant, type GrantRow, grantState, toGrant } from "./grant.js";
import { checkParty } from "./request.js";
import { auditGrant, changeGrants, lockedGrant, type Trx } from "./transaction.js";

/** The grant opens now, for its duration, once every approval it needs is in. */
function opened(row: GrantRow, now: Date): Partial<GrantRow> {
  const expires = new Date(now.getTime() + Number(row.duration_minutes) * 60_000);
  return { status: "active", starts_at: now.toISOString(), expires_at: expires.toISOString() };
}

async function update(trx: Trx, row: GrantRow, set: Partial<GrantRow>): Promise<GrantRow> {
  await trx.updateTable("access_grants").set(set).where("id", "=", row.id).execute();
  return { ...row, ...set };
}

/**
 * The company's approval. Whoever asked for a grant cannot approve it. Without the tenant's approval
 * (when the register requires it) the grant waits for the tenant; otherwise it opens now.
 */
export async function approveGrant(deps: GrantDeps, id: string, actor: string): Promise<AccessGrant> {
  const now = deps.now();
  const row = await changeGrants(deps, async (trx) => {
    const grant = await lockedGrant(deps, trx, id);
    if (grant.status !== "requested") throw new AccessGrantError("conflict", "this grant is not waiting for approval");
    if (grant.requested_by === actor)
      throw new AccessGrantError("conflict", "a grant is approved by someone other than who asked for it");
    await checkParty(deps, trx, grant.party, grant.reference_kind, grant.reference);
    const customerDone = !grant.customer_approval_required || grant.customer_decided_at !== null;
    const set: Partial<GrantRow> = {
      approved_by: actor,
      approved_at: now.toISOString(),
      ...(customerDone ? opened(grant, now) : { status: "awaiting_customer" as const }),
    };
    const next = await update(trx, grant, set);
    await auditGrant(deps, trx, actor, "approved", id, { status: next.status, expires_at: next.expires_at });
    return next;
  });
  return toGrant(row, now);
}

export interface CustomerDecision {
  decision: "approve" | "decline";
  /** The tenant deciding: a grant on another tenant's data is not theirs to decide, nor to learn of. */
  tenant: string;
  /** The tenant's approver as the company's application knows them: its user id, never an address. */
  by: string;
  actor: string;
}

/**
 * The tenant's own decision, where the register wants it (customer_approval). It may come before or
 * after the company's approval; the grant opens only when both are in, and a decline ends it.
 */
export async function decideAsCustomer(deps: GrantDeps, id: string, input: CustomerDecision): Promise<AccessGrant> {
  const by = input.by.trim();
  if (!by || by.length > 200) throw new AccessGrantError("invalid", "by has 1 to 200 characters", "by");
  const now = deps.now();
  const row = await changeGrants(deps, async (trx) => {
    const grant = await lockedGrant(deps, trx, id);
    if (grant.tenant !== input.tenant) throw new AccessGrantError("not-found", "no such access grant");
    if (!grant.customer_approval_required)
      throw new AccessGrantError("conflict", "this grant does not wait for the tenant's approval");
    if (grant.customer_decided_at !== null || !["requested", "awaiting_customer"].includes(grant.status))
      throw new AccessGrantError("conflict", "this grant is not waiting for the tenant's decision");
    const decided = { customer_decided_by: by, customer_decided_at: now.toISOString() };
    const set: Partial<GrantRow> =
      input.decision === "decline"
        ? { ...decided, status: "declined" }
        : grant.status === "awaiting_customer"
          ? { ...decided, ...opened(grant, now) }
          : decided;
    const next = await update(trx, grant, set);
    const action = input.decision === "decline" ? "customer_declined" : "customer_approved";
    await auditGrant(deps, trx, input.actor, action, id, { by, status: next.status, expires_at: next.expires_at });
    return next;
  });
  return toGrant(row, now);
}

/** Ends a grant before its time; the revocation list names it from now on. */
export async function revokeGrant(deps: GrantDeps, id: string, reason: string, actor: string): Promise<AccessGrant> {
  const why = reason.trim();
  if (!why || why.length > 500)
    throw new AccessGrantError("invalid", "a revocation needs a reason (1 to 500 characters)", "reason");
  const now = deps.now();
  const row = await changeGrants(deps, async (trx) => {
    const grant = await lockedGrant(deps, trx, id);
    const state = grantState(grant, now);
    if (state !== "requested" && state !== "awaiting_customer" && state !== "active")
      throw new AccessGrantError("conflict", `this grant has already ended (${state})`);
    const next = await update(trx, grant, {
      status: "revoked",
      revoked_at: now.toISOString(),
      revoked_by: actor,
      revoke_reason: why,
    });
    await auditGrant(deps, trx, actor, "revoked", id, { reason: why });
    return next;
  });
  return toGrant(row, now);
}
