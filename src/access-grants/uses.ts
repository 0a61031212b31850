import type { GrantDeps } from "./deps.js";
import { AccessGrantError } from "./errors.js";
import { auditGrant, changeGrants, lockedGrant } from "./transaction.js";

/** A label of what was done, such as `invoice.read`: a kind of action, never data. */
const ACTION = /^[a-z][a-z0-9_.:-]{0,63}$/;

export interface ReportUse {
  grantId: string;
  tenant: string;
  action: string;
  /** When it happened; now when not given. */
  at?: string;
  actor: string;
}

/**
 * Records one use of a grant the application reports, as an audit entry on the grant. A use outside
 * the grant (another tenant, before it opened, after it ended) is recorded too, marked as such: the
 * log shows what happened, not only what was allowed.
 */
export async function reportGrantUse(deps: GrantDeps, input: ReportUse): Promise<{ withinGrant: boolean }> {
  if (!ACTION.test(input.action))
    throw new AccessGrantError(
      "invalid",
      "action is a label of lower-case letters, digits and . _ : - (up to 64)",
      "action",
    );
  const now = deps.now();
  const at = input.at === undefined ? now : new Date(input.at);
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + 60_000)
    throw new AccessGrantError("invalid", "at is an ISO 8601 time, not in the future", "at");
  return changeGrants(deps, async (trx) => {
    const grant = await lockedGrant(deps, trx, input.grantId);
    const iso = at.toISOString();
    // A grant revoked later was still valid for a use before the revocation.
    const withinGrant =
      grant.tenant === input.tenant &&
      (grant.status === "active" || grant.status === "revoked") &&
      grant.starts_at !== null &&
      grant.starts_at <= iso &&
      grant.expires_at !== null &&
      iso < grant.expires_at &&
      (grant.revoked_at === null || iso < grant.revoked_at);
    await auditGrant(deps, trx, input.actor, "used", grant.id, {
      tenant: input.tenant,
      action: input.action,
      at: iso,
      within_grant: withinGrant,
    });
    return { withinGrant };
  });
}
