import { readAudit } from "../audit/index.js";
import type { GrantDeps } from "./deps.js";
import { AccessGrantError } from "./errors.js";
import { type AccessGrant, toGrant } from "./grant.js";

export async function getGrant(deps: GrantDeps, id: string): Promise<AccessGrant> {
  const row = await deps.store.db.selectFrom("access_grants").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AccessGrantError("not-found", "no such access grant");
  return toGrant(row, deps.now());
}

/** Grants newest first, for one tenant or all. */
export async function listGrants(deps: GrantDeps, filter: { tenant?: string } = {}): Promise<AccessGrant[]> {
  let q = deps.store.db.selectFrom("access_grants").selectAll().orderBy("requested_at", "desc").orderBy("id");
  if (filter.tenant !== undefined) q = q.where("tenant", "=", filter.tenant);
  const now = deps.now();
  return (await q.execute()).map((row) => toGrant(row, now));
}

/** One reported use of a grant, as the audit log holds it. */
export interface GrantUse {
  seq: number;
  /** When the application says the access happened. */
  at: string;
  /** What was done, as the application labels it (`invoice.read`). */
  action: string;
  /** Whether the grant was valid for this tenant at that moment. */
  withinGrant: boolean;
  reportedBy: string;
}

export async function grantUses(deps: GrantDeps, id: string): Promise<GrantUse[]> {
  const entries = await readAudit(deps.store, { subjectType: "access_grant", subjectId: id });
  return entries
    .filter((e) => e.action === "access_grant.used")
    .map((e) => {
      const data = JSON.parse(e.data) as { at: string; action: string; within_grant: boolean };
      return { seq: e.seq, at: data.at, action: data.action, withinGrant: data.within_grant, reportedBy: e.actor };
    });
}

export interface TenantAccess extends AccessGrant {
  uses: GrantUse[];
}

/**
 * Everything a tenant may see of access to its data, like a cloud's access-transparency log: every
 * grant asked for, with its reason, its ticket or project, who asked and approved, and every use.
 */
export async function tenantAccessLog(deps: GrantDeps, tenant: string): Promise<TenantAccess[]> {
  const grants = await listGrants(deps, { tenant });
  const out: TenantAccess[] = [];
  for (const grant of grants) out.push({ ...grant, uses: await grantUses(deps, grant.id) });
  return out;
}
