import type { Transaction } from "kysely";
import { appendAuditIn, retryOnConflict } from "../audit/index.js";
import type { StoreSchema } from "../store/index.js";
import type { GrantDeps } from "./deps.js";
import { AccessGrantError } from "./errors.js";
import type { GrantRow } from "./grant.js";

export type Trx = Transaction<StoreSchema>;

/** Runs a change and its audit entries in one transaction, retried when another writer took the log's next number. */
export function changeGrants<T>(deps: GrantDeps, work: (trx: Trx) => Promise<T>): Promise<T> {
  return retryOnConflict(() => deps.store.db.transaction().execute(work));
}

/** One audit entry about a grant; `data` holds ids, kinds and the stated reason, never a person's details. */
export async function auditGrant(
  deps: GrantDeps,
  trx: Trx,
  actor: string,
  action: string,
  grantId: string,
  data: Record<string, unknown>,
): Promise<void> {
  await appendAuditIn(trx, deps.store.dialect, {
    actor,
    action: `access_grant.${action}`,
    subjectType: "access_grant",
    subjectId: grantId,
    data,
    at: deps.now(),
  });
}

/** The grant, held until commit so two decisions on it cannot both pass their checks. */
export async function lockedGrant(deps: GrantDeps, trx: Trx, id: string): Promise<GrantRow> {
  const query = trx.selectFrom("access_grants").selectAll().where("id", "=", id);
  const row = await deps.store.dialect.forUpdate(query).executeTakeFirst();
  if (!row) throw new AccessGrantError("not-found", "no such access grant");
  return row;
}

/** Whether the project or incident a grant names is open now. */
export async function engagementOpen(trx: Trx, kind: string, reference: string): Promise<boolean> {
  const row = await trx
    .selectFrom("access_engagements")
    .select("id")
    .where("kind", "=", kind as "project" | "incident")
    .where("reference", "=", reference)
    .where("closed_at", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}
