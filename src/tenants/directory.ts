import { appendAuditIn, retryOnConflict } from "../audit/index.js";
import type { ServiceContext } from "../context/index.js";
import type { TenantsTable } from "../store/index.js";
import { type TenantEntry, toEntry } from "./entry.js";
import { TenantDirectoryError } from "./errors.js";
import { callbackUrl, contactEmail, contactUrl, tenantKey, tenantName } from "./validate.js";

/** What the directory's operations use of the service: the CLI, the API and the tests hand it in. */
export type TenantDeps = Pick<ServiceContext, "store" | "now">;

/**
 * A change to one entry: a field left out keeps what is recorded, null clears a contact. A new entry
 * needs a name and at least one contact, and so does every entry after the change: a referral that
 * names a customer but no way to reach it leaves the person where they were.
 */
export interface TenantChange {
  name?: string;
  email?: string | null;
  url?: string | null;
  /** Where the tenant's callbacks go; null stops them. */
  callbackUrl?: string | null;
}

/** Records or changes a tenant's entry, with an audit entry naming the fields that changed. */
export async function setTenant(
  deps: TenantDeps,
  key: string,
  change: TenantChange,
  actor: string,
): Promise<TenantEntry> {
  const id = tenantKey(key);
  const name = change.name === undefined ? undefined : tenantName(change.name);
  const email = change.email === undefined ? undefined : contactEmail(change.email);
  const url = change.url === undefined ? undefined : contactUrl(change.url);
  const callback = change.callbackUrl === undefined ? undefined : callbackUrl(change.callbackUrl);
  return retryOnConflict(() =>
    deps.store.db.transaction().execute(async (trx) => {
      const query = trx.selectFrom("tenants").selectAll().where("key", "=", id);
      const current = await deps.store.dialect.forUpdate(query).executeTakeFirst();
      const at = deps.now().toISOString();
      const next: TenantsTable = {
        key: id,
        name: name ?? current?.name ?? "",
        privacy_email: email === undefined ? (current?.privacy_email ?? null) : email,
        privacy_url: url === undefined ? (current?.privacy_url ?? null) : url,
        callback_url: callback === undefined ? (current?.callback_url ?? null) : callback,
        created_at: current?.created_at ?? at,
        updated_at: at,
      };
      if (!next.name) throw new TenantDirectoryError("invalid", "a new tenant needs a name", "name");
      if (next.privacy_email === null && next.privacy_url === null)
        throw new TenantDirectoryError("invalid", "a tenant needs a privacy contact: an email, a url or both", "email");
      // A new entry names the fields it records; a change, the fields it changed.
      const fields = (["name", "privacy_email", "privacy_url", "callback_url"] as const).filter((f) =>
        current ? next[f] !== current[f] : next[f] !== null,
      );
      if (current && fields.length === 0) return toEntry(current);
      if (current) await trx.updateTable("tenants").set(next).where("key", "=", id).execute();
      else await trx.insertInto("tenants").values(next).execute();
      // The fields' names only: the log is exported as is, and a contact may be a person's address.
      await appendAuditIn(trx, deps.store.dialect, {
        actor,
        action: current ? "tenant.updated" : "tenant.created",
        subjectType: "tenant",
        subjectId: id,
        data: { fields },
        at: deps.now(),
      });
      return toEntry(next);
    }),
  );
}

/** One tenant's entry; an unknown key is not found. */
export async function getTenant(deps: Pick<TenantDeps, "store">, key: string): Promise<TenantEntry> {
  const row = await deps.store.db.selectFrom("tenants").selectAll().where("key", "=", key).executeTakeFirst();
  if (!row) throw new TenantDirectoryError("not-found", "no such tenant in the directory");
  return toEntry(row);
}

/** Every entry, by key. */
export async function listTenants(deps: Pick<TenantDeps, "store">): Promise<TenantEntry[]> {
  const rows = await deps.store.db.selectFrom("tenants").selectAll().orderBy("key").execute();
  return rows.map(toEntry);
}

/** The entries of these keys that the directory holds; keys it does not know are missing from the map. */
export async function tenantsByKey(
  deps: Pick<TenantDeps, "store">,
  keys: readonly string[],
): Promise<Map<string, TenantEntry>> {
  if (keys.length === 0) return new Map();
  const rows = await deps.store.db
    .selectFrom("tenants")
    .selectAll()
    .where("key", "in", [...keys])
    .execute();
  return new Map(rows.map((row) => [row.key, toEntry(row)]));
}
