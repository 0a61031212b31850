import { appendAuditBatchIn, type AuditRecord, retryOnConflict } from "../../audit/index.js";
import type { Transaction } from "kysely";
import type { ServiceContext } from "../../context/index.js";
import type { StoreSchema } from "../../store/index.js";
import { SubscriptionLinkError } from "./confirm.js";
import { emailHash, tokenHash } from "./secrets.js";

/** Why a subscription ended; each also puts the address on the suppression list. */
export type EndReason = "unsubscribe" | "one_click" | "withdrawal" | "objection";

/** Purposes for the suppression list: "*" stands for every direct-marketing purpose (an objection). */
export const ALL_MARKETING = "*";

/**
 * Ends subscriptions and puts the address on the suppression list, in one transaction: from then on
 * no export and no marketing mail includes it, until the owner confirms a new subscription. Ending
 * what already ended changes nothing but adds no second suppression either.
 */
async function end(
  ctx: ServiceContext,
  target: { ids?: string[]; hash: string; purposes: string[] | typeof ALL_MARKETING },
  reason: EndReason,
  actor: string,
): Promise<number> {
  return retryOnConflict(() =>
    ctx.store.db.transaction().execute(async (trx) => {
      const at = ctx.now().toISOString();
      let query = trx
        .selectFrom("subscriptions")
        .select(["id", "purpose"])
        .where("email_hash", "=", target.hash)
        .where("status", "!=", "ended");
      if (target.ids) query = query.where("id", "in", target.ids);
      if (target.purposes !== ALL_MARKETING) query = query.where("purpose", "in", target.purposes);
      const open = await query.execute();
      if (open.length > 0)
        await trx
          .updateTable("subscriptions")
          .set({ status: "ended", ended_at: at, end_reason: reason })
          .where(
            "id",
            "in",
            open.map((s) => s.id),
          )
          .execute();
      const purposes = target.purposes === ALL_MARKETING ? [ALL_MARKETING] : target.purposes;
      const fresh: string[] = [];
      for (const purpose of purposes)
        if (!(await suppressedSinceConsent(trx, target.hash, purpose))) fresh.push(purpose);
      if (fresh.length > 0)
        await trx
          .insertInto("suppressions")
          .values(fresh.map((purpose) => ({ email_hash: target.hash, purpose, reason, at })))
          .execute();
      const audit: AuditRecord[] = open.map((s) => ({
        actor,
        action: "subscription.ended",
        subjectType: "subscription",
        subjectId: s.id,
        data: { purpose: s.purpose, reason },
        at: new Date(at),
      }));
      await appendAuditBatchIn(trx, ctx.store.dialect, audit);
      return open.length;
    }),
  );
}

/**
 * Whether the address is on the list for the purpose since its last confirmed subscription: then a
 * second unsubscribe (a retried job, a second click) adds nothing.
 */
async function suppressedSinceConsent(trx: Transaction<StoreSchema>, hash: string, purpose: string): Promise<boolean> {
  let confirmed = trx
    .selectFrom("subscriptions")
    .select((eb) => eb.fn.max("confirmed_at").as("at"))
    .where("email_hash", "=", hash);
  if (purpose !== ALL_MARKETING) confirmed = confirmed.where("purpose", "=", purpose);
  const since = (await confirmed.executeTakeFirst())?.at ?? "";
  const listed = await trx
    .selectFrom("suppressions")
    .select("id")
    .where("email_hash", "=", hash)
    .where("purpose", "=", purpose)
    .where("at", ">=", since)
    .executeTakeFirst();
  return listed !== undefined;
}

/** The link in every message (a page's button, or RFC 8058's one-click POST). */
export async function unsubscribe(ctx: ServiceContext, token: string, how: "unsubscribe" | "one_click"): Promise<void> {
  const row = await ctx.store.db
    .selectFrom("subscriptions")
    .select(["id", "email_hash", "purpose"])
    .where("unsubscribe_token_hash", "=", tokenHash(token))
    .executeTakeFirst();
  if (!row) throw new SubscriptionLinkError();
  await end(ctx, { ids: [row.id], hash: row.email_hash, purposes: [row.purpose] }, how, "requester");
}

/** A withdrawal of consent for some purposes (all subscription purposes when none are named). */
export function endSubscriptions(
  ctx: ServiceContext,
  email: string,
  purposes: string[] | typeof ALL_MARKETING,
  reason: "withdrawal" | "objection",
  actor: string,
): Promise<number> {
  return end(ctx, { hash: emailHash(ctx, email), purposes }, reason, actor);
}
