import { randomUUID } from "node:crypto";
import { appendAuditIn, retryOnConflict } from "../audit/index.js";
import { openText, sealText } from "../crypto/index.js";
import { buildGraph, identityTypes, parseIdentity } from "../datasets/index.js";
import type { Identity } from "../kernel/index.js";
import type { LegalHoldScope } from "../store/index.js";
import type { RetentionDeps } from "./deps.js";

/** A legal hold as shown to the operator: never the person's identity value. */
export interface LegalHold {
  id: string;
  scope: LegalHoldScope;
  /** The collection, the tenant's key, or for a person only the identity type. */
  target: string;
  reason: string;
  placedBy: string;
  placedAt: string;
  liftedAt: string | null;
}

export class LegalHoldError extends Error {}

const sealContext = (id: string) => `retention-hold:${id}`;

export interface PlaceHold {
  scope: LegalHoldScope;
  /** A collection name, a tenant key, or `type=value` for a person. */
  target: string;
  reason: string;
  actor: string;
}

/**
 * Puts a legal hold (an incident, a claim) on a person, a tenant or a collection: sweeps keep the rows
 * it covers until it is lifted. The reason goes into the audit log with the hold; a person's identity
 * is sealed with the data key and never written in the clear, so the reason must not name them either.
 */
export async function placeLegalHold(deps: RetentionDeps, input: PlaceHold): Promise<LegalHold> {
  const reason = input.reason.trim();
  if (!reason) throw new LegalHoldError("a legal hold needs a reason (--reason)");
  const id = randomUUID();
  let target = input.target;
  let sealed: string | null = null;
  if (input.scope === "collection" && !(target in (deps.register.datasets?.collections ?? {}))) {
    throw new LegalHoldError(`--collection: the register declares no collection "${target}"`);
  }
  if (input.scope === "person") {
    const identity = parseIdentity(target, identityTypes(buildGraph(deps.register)));
    if (!deps.dataKey) throw new LegalHoldError("a hold on a person needs WAARBORG_DATA_KEY to seal the identity");
    sealed = sealText(deps.dataKey, identity.value, sealContext(id));
    target = identity.type;
  }
  const now = deps.now().toISOString();
  await retryOnConflict(() =>
    deps.store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("retention_holds")
        .values({
          id,
          scope: input.scope,
          target,
          identity_encrypted: sealed,
          reason,
          placed_by: input.actor,
          placed_at: now,
          lifted_at: null,
          lifted_by: null,
          lift_reason: null,
        })
        .execute();
      await appendAuditIn(trx, deps.store.dialect, {
        actor: input.actor,
        action: "retention.hold_placed",
        subjectType: "retention_hold",
        subjectId: id,
        data: { scope: input.scope, target: input.scope === "person" ? `${target}=…` : target, reason },
        at: deps.now(),
      });
    }),
  );
  return { id, scope: input.scope, target, reason, placedBy: input.actor, placedAt: now, liftedAt: null };
}

/** Lifts a hold; the next sweep takes the rows it kept. Lifting twice is refused, not repeated in the log. */
export async function liftLegalHold(deps: RetentionDeps, id: string, reason: string, actor: string): Promise<void> {
  const why = reason.trim();
  if (!why) throw new LegalHoldError("lifting a legal hold needs a reason (--reason)");
  await retryOnConflict(() =>
    deps.store.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable("retention_holds")
        .set({ lifted_at: deps.now().toISOString(), lifted_by: actor, lift_reason: why })
        .where("id", "=", id)
        .where("lifted_at", "is", null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new LegalHoldError(`no active legal hold with id ${id}`);
      await appendAuditIn(trx, deps.store.dialect, {
        actor,
        action: "retention.hold_lifted",
        subjectType: "retention_hold",
        subjectId: id,
        data: { reason: why },
        at: deps.now(),
      });
    }),
  );
}

export async function listLegalHolds(deps: RetentionDeps, options: { all?: boolean } = {}): Promise<LegalHold[]> {
  let q = deps.store.db.selectFrom("retention_holds").selectAll().orderBy("placed_at");
  if (!options.all) q = q.where("lifted_at", "is", null);
  return (await q.execute()).map((r) => ({
    id: r.id,
    scope: r.scope,
    target: r.target,
    reason: r.reason,
    placedBy: r.placed_by,
    placedAt: r.placed_at,
    liftedAt: r.lifted_at,
  }));
}

/** The active holds as a sweep uses them: collections, tenant keys, and the people's identities opened. */
export interface ActiveHolds {
  collections: Set<string>;
  tenants: Set<string>;
  people: Identity[];
}

export async function activeHolds(deps: RetentionDeps): Promise<ActiveHolds> {
  const rows = await deps.store.db.selectFrom("retention_holds").selectAll().where("lifted_at", "is", null).execute();
  const out: ActiveHolds = { collections: new Set(), tenants: new Set(), people: [] };
  for (const row of rows) {
    if (row.scope === "collection") out.collections.add(row.target);
    else if (row.scope === "tenant") out.tenants.add(row.target);
    else {
      // A hold that cannot be opened must stop the sweep, not be skipped: its rows would be deleted.
      if (!deps.dataKey || !row.identity_encrypted)
        throw new Error(`legal hold ${row.id} is on a person, and WAARBORG_DATA_KEY is needed to honour it`);
      out.people.push({ type: row.target, value: openText(deps.dataKey, row.identity_encrypted, sealContext(row.id)) });
    }
  }
  return out;
}
