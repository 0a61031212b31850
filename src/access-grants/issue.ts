import { type GrantDeps, grantIssuer } from "./deps.js";
import { AccessGrantError } from "./errors.js";
import { grantState } from "./grant.js";
import { requireSigningKey } from "./keys.js";
import {
  REVOCATION_LIST_SECONDS,
  seconds,
  signGrantToken,
  signRevocationList,
  TOKEN_LIFETIME_SECONDS,
} from "./tokens.js";
import { auditGrant, changeGrants, lockedGrant } from "./transaction.js";

function issuer(deps: GrantDeps): string {
  const iss = grantIssuer(deps);
  if (!iss)
    throw new AccessGrantError("not-configured", "WAARBORG_PUBLIC_URL is needed: tokens name it as their issuer");
  return iss;
}

/**
 * A token for an active grant, valid for TOKEN_LIFETIME_SECONDS or until the grant ends if sooner.
 * Tokens are not stored: the grant is the record, and each token handed out is an audit entry.
 */
export async function issueGrantToken(
  deps: GrantDeps,
  id: string,
  actor: string,
): Promise<{ token: string; expiresAt: string }> {
  const key = requireSigningKey(deps.env);
  const iss = issuer(deps);
  const now = deps.now();
  return changeGrants(deps, async (trx) => {
    const grant = await lockedGrant(deps, trx, id);
    const state = grantState(grant, now);
    if (state !== "active")
      throw new AccessGrantError("conflict", `a token is given for an active grant only (${state})`);
    const exp = Math.min(seconds(new Date(grant.expires_at!)), seconds(now) + TOKEN_LIFETIME_SECONDS);
    const token = signGrantToken(
      {
        iss,
        sub: grant.grantee,
        jti: grant.id,
        tenant: grant.tenant,
        party: grant.party,
        ref: { kind: grant.reference_kind, id: grant.reference },
        iat: seconds(now),
        nbf: seconds(new Date(grant.starts_at!)),
        exp,
      },
      key,
    );
    const expiresAt = new Date(exp * 1000).toISOString();
    await auditGrant(deps, trx, actor, "token_issued", id, { kid: key.kid, expires_at: expiresAt });
    return { token, expiresAt };
  });
}

/**
 * The signed list of grants revoked while a token for them may still be live: every revoked grant
 * that had opened and whose time is not up. Fresh for REVOCATION_LIST_SECONDS.
 */
export async function revocationList(deps: GrantDeps): Promise<string> {
  const key = requireSigningKey(deps.env);
  const iss = issuer(deps);
  const now = deps.now();
  const rows = await deps.store.db
    .selectFrom("access_grants")
    .select("id")
    .where("status", "=", "revoked")
    .where("expires_at", ">", now.toISOString())
    .orderBy("id")
    .execute();
  return signRevocationList(
    { iss, iat: seconds(now), exp: seconds(now) + REVOCATION_LIST_SECONDS, revoked: rows.map((r) => r.id) },
    key,
  );
}
