import { randomUUID } from "node:crypto";
import type { ApiTokenRow, Store } from "../store/index.js";
import { audited, type Change } from "./audit.js";
import { AuthInputError } from "./errors.js";
import { randomToken, sha256Hex } from "../crypto/index.js";

/** What a bearer token may do through the API; a token holds any subset. */
export const API_SCOPES = [
  "requests:read",
  "requests:write",
  /**
   * the company's application: file a request for a user it signed in, verified by that sign-in
   * (no e-mail code), where the register lists account_login among rights.verification.methods
   */
  "requests:file_verified",
  "requests:decide",
  "consent:read",
  "consent:write",
  "subscriptions:read",
  /** ask for, approve and revoke support access grants, and fetch their tokens */
  "access-grants:manage",
  /** the company's application: report each use of a grant */
  "access-grants:report",
  /** the company's application on a tenant's behalf: its access log and its own approval */
  "access-grants:tenant",
  /** the breach register: every breach, its clock, the notification draft, the export */
  "breaches:read",
  /** record a breach and change what is recorded of it */
  "breaches:write",
  /** a tenant's token: read and change its own entry in the tenants directory (name, privacy contact) */
  "tenant:profile",
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * What a tenant's token may do: file its end users' requests and follow them, and keep its own entry
 * in the tenants directory. Deciding, consent and the rest act on the company's own records across
 * tenants, so a tenant's token never holds them.
 */
export const TENANT_SCOPES: readonly ApiScope[] = ["requests:read", "requests:write", "tenant:profile"];

/** A prefix makes a leaked token recognisable to secret scanners and to the person who finds it. */
const TOKEN_PREFIX = "wbt_";
/** last_used_at is for "is this token still in use?"; minute precision saves a write per call. */
const TOUCH_EVERY_MS = 60_000;

export interface ApiToken {
  id: string;
  name: string;
  scopes: ApiScope[];
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  /** The company's customer the token acts for (processor mode): it reaches only that tenant's requests. */
  tenant: string | null;
}

export function isScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

function toApiToken(row: ApiTokenRow): ApiToken {
  const scopes = (JSON.parse(row.scopes) as string[]).filter(isScope);
  return {
    id: row.id,
    name: row.name,
    scopes,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
    tenant: row.tenant ?? null,
  };
}

/** Creates a token; the returned `token` is the only time its value exists outside the caller's hands. */
export async function createApiToken(
  store: Store,
  input: { name: string; scopes: readonly string[]; tenant?: string },
  change: Change,
): Promise<{ token: string; apiToken: ApiToken }> {
  const now = change.now ?? new Date();
  const name = input.name.trim();
  if (!name || name.length > 200) throw new AuthInputError("name", "a token name has 1 to 200 characters");
  if (input.scopes.length === 0) throw new AuthInputError("scopes", "a token needs at least one scope");
  const unknown = input.scopes.find((s) => !isScope(s));
  if (unknown !== undefined) throw new AuthInputError("scopes", `the scopes are ${API_SCOPES.join(", ")}`);
  const scopes = API_SCOPES.filter((s) => input.scopes.includes(s));
  const tenant = input.tenant?.trim();
  if (input.tenant !== undefined && (!tenant || tenant.length > 200))
    throw new AuthInputError("tenant", "a tenant's key has 1 to 200 characters");
  if (tenant !== undefined && scopes.some((s) => !TENANT_SCOPES.includes(s)))
    throw new AuthInputError("scopes", `a tenant's token holds only ${TENANT_SCOPES.join(", ")}`);
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const row: ApiTokenRow = {
    id: randomUUID(),
    name,
    token_hash: sha256Hex(token),
    scopes: JSON.stringify(scopes),
    created_at: now.toISOString(),
    revoked_at: null,
    last_used_at: null,
    tenant: tenant ?? null,
  };
  await audited(
    store,
    change,
    (trx) => trx.insertInto("api_tokens").values(row).execute(),
    () => ({
      action: "token.create",
      subjectType: "api_token",
      subjectId: row.id,
      data: tenant === undefined ? { scopes } : { scopes, tenant },
    }),
  );
  return { token, apiToken: toApiToken(row) };
}

/** The live token a bearer value belongs to (not revoked), its use recorded; undefined otherwise. */
export async function authenticateApiToken(
  store: Store,
  token: string | undefined,
  now: Date = new Date(),
): Promise<ApiToken | undefined> {
  if (!token?.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await store.db
    .selectFrom("api_tokens")
    .selectAll()
    .where("token_hash", "=", sha256Hex(token))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  const lastUsed = row.last_used_at ? Date.parse(row.last_used_at) : Number.NEGATIVE_INFINITY;
  if (now.getTime() - lastUsed >= TOUCH_EVERY_MS) {
    row.last_used_at = now.toISOString();
    await store.db.updateTable("api_tokens").set({ last_used_at: row.last_used_at }).where("id", "=", row.id).execute();
  }
  return toApiToken(row);
}

/** Revokes a token at once; false when there is no live token with this id. */
export async function revokeApiToken(store: Store, id: string, change: Change): Promise<boolean> {
  const now = change.now ?? new Date();
  return audited(
    store,
    change,
    async (trx) => {
      const result = await trx
        .updateTable("api_tokens")
        .set({ revoked_at: now.toISOString() })
        .where("id", "=", id)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    (revoked) => (revoked ? { action: "token.revoke", subjectType: "api_token", subjectId: id } : undefined),
  );
}

/** Every token, live ones first, then newest first. */
export async function listApiTokens(store: Store): Promise<ApiToken[]> {
  const rows = await store.db
    .selectFrom("api_tokens")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map(toApiToken).sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));
}
