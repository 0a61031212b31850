import { randomUUID } from "node:crypto";
import { appendAuditIn } from "../audit/index.js";
import type { GrantDeps } from "./deps.js";
import { AccessGrantError } from "./errors.js";
import { auditGrant, changeGrants } from "./transaction.js";

/** A project or incident: while it is open, the external parties it needs may get grants naming it. */
export interface Engagement {
  id: string;
  kind: "project" | "incident";
  reference: string;
  title: string;
  openedBy: string;
  openedAt: string;
  closedAt: string | null;
}

export interface OpenEngagement {
  kind: "project" | "incident";
  reference: string;
  title: string;
  actor: string;
}

function checked(field: string, value: string, max: number): string {
  const text = value.trim();
  if (!text || text.length > max) throw new AccessGrantError("invalid", `${field} has 1 to ${max} characters`, field);
  return text;
}

export async function openEngagement(deps: GrantDeps, input: OpenEngagement): Promise<Engagement> {
  if (input.kind !== "project" && input.kind !== "incident")
    throw new AccessGrantError("invalid", "kind is project or incident", "kind");
  const reference = checked("reference", input.reference, 100);
  const title = checked("title", input.title, 200);
  const engagement: Engagement = {
    id: randomUUID(),
    kind: input.kind,
    reference,
    title,
    openedBy: input.actor,
    openedAt: deps.now().toISOString(),
    closedAt: null,
  };
  await changeGrants(deps, async (trx) => {
    const existing = await trx
      .selectFrom("access_engagements")
      .select("id")
      .where("kind", "=", input.kind)
      .where("reference", "=", reference)
      .executeTakeFirst();
    if (existing) throw new AccessGrantError("conflict", `this ${input.kind} is already recorded`, "reference");
    await trx
      .insertInto("access_engagements")
      .values({
        id: engagement.id,
        kind: engagement.kind,
        reference,
        title,
        opened_by: input.actor,
        opened_at: engagement.openedAt,
        closed_by: null,
        closed_at: null,
      })
      .execute();
    await appendAuditIn(trx, deps.store.dialect, {
      actor: input.actor,
      action: "access_engagement.opened",
      subjectType: "access_engagement",
      subjectId: engagement.id,
      data: { kind: input.kind, reference },
      at: deps.now(),
    });
  });
  return engagement;
}

/**
 * Closes a project or incident and revokes, in the same transaction, every grant naming it that has
 * not ended: an external party's access lasts only while the work it was for is open. Returns the
 * ids of the grants it revoked.
 */
export async function closeEngagement(
  deps: GrantDeps,
  kind: "project" | "incident",
  reference: string,
  actor: string,
): Promise<string[]> {
  const now = deps.now().toISOString();
  return changeGrants(deps, async (trx) => {
    const row = await trx
      .selectFrom("access_engagements")
      .selectAll()
      .where("kind", "=", kind)
      .where("reference", "=", reference)
      .where("closed_at", "is", null)
      .executeTakeFirst();
    if (!row) throw new AccessGrantError("not-found", `no open ${kind} with this reference`, "reference");
    await trx
      .updateTable("access_engagements")
      .set({ closed_at: now, closed_by: actor })
      .where("id", "=", row.id)
      .execute();
    await appendAuditIn(trx, deps.store.dialect, {
      actor,
      action: "access_engagement.closed",
      subjectType: "access_engagement",
      subjectId: row.id,
      data: { kind, reference },
      at: deps.now(),
    });
    const open = await trx
      .selectFrom("access_grants")
      .select(["id", "status", "expires_at"])
      .where("reference_kind", "=", kind)
      .where("reference", "=", reference)
      .where("status", "in", ["requested", "awaiting_customer", "active"])
      .execute();
    const running = open.filter((g) => g.status !== "active" || g.expires_at === null || g.expires_at > now);
    const reason = `the ${kind} it names was closed`;
    for (const grant of running) {
      await trx
        .updateTable("access_grants")
        .set({ status: "revoked", revoked_at: now, revoked_by: actor, revoke_reason: reason })
        .where("id", "=", grant.id)
        .execute();
      await auditGrant(deps, trx, actor, "revoked", grant.id, { reason, engagement: row.id });
    }
    return running.map((g) => g.id);
  });
}

export async function listEngagements(deps: GrantDeps, options: { all?: boolean } = {}): Promise<Engagement[]> {
  let q = deps.store.db.selectFrom("access_engagements").selectAll().orderBy("opened_at", "desc");
  if (!options.all) q = q.where("closed_at", "is", null);
  return (await q.execute()).map((r) => ({
    id: r.id,
    kind: r.kind,
    reference: r.reference,
    title: r.title,
    openedBy: r.opened_by,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
  }));
}
