import { appendAuditIn, retryOnConflict } from "../../audit/index.js";
import type { ServiceContext } from "../../context/index.js";
import type { SubscriptionRow } from "../../store/index.js";
import { tokenHash } from "./secrets.js";

/** A subscription link that leads nowhere (never issued, or for a subscription already ended). */
export class SubscriptionLinkError extends Error {
  constructor() {
    super("this link does not lead to a subscription");
  }
}

export type Confirmation = "confirmed" | "awaiting_parent" | "ended";

function stateOf(row: Pick<SubscriptionRow, "status" | "parental">): Confirmation {
  if (row.status === "ended") return "ended";
  return row.status === "confirmed" ? "confirmed" : "awaiting_parent";
}

/**
 * Follows the double opt-in link (`by: "subscriber"`) or the parent's link (`by: "parent"`). The
 * subscription is confirmed once the address owner confirmed and, for a minor, a parent did too; the
 * moment each came is kept. Following a link twice changes nothing.
 */
export async function confirmSubscription(
  ctx: ServiceContext,
  token: string,
  by: "subscriber" | "parent",
): Promise<Confirmation> {
  const column = by === "parent" ? "parent_token_hash" : "confirm_token_hash";
  return retryOnConflict(() =>
    ctx.store.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom("subscriptions")
        .selectAll()
        .where(column, "=", tokenHash(token))
        .executeTakeFirst();
      if (!row) throw new SubscriptionLinkError();
      if (row.status === "ended") return "ended";
      const at = ctx.now().toISOString();
      const confirmedAt = by === "subscriber" ? (row.confirmed_at ?? at) : row.confirmed_at;
      const parentAt = by === "parent" ? (row.parent_confirmed_at ?? at) : row.parent_confirmed_at;
      const parental = row.parental === null ? null : parentAt ? "confirmed" : "awaiting";
      const status = confirmedAt && parental !== "awaiting" ? "confirmed" : "pending";
      if (confirmedAt === row.confirmed_at && parentAt === row.parent_confirmed_at) return stateOf(row);
      await trx
        .updateTable("subscriptions")
        .set({ confirmed_at: confirmedAt, parent_confirmed_at: parentAt, parental, status })
        .where("id", "=", row.id)
        .execute();
      await appendAuditIn(trx, ctx.store.dialect, {
        actor: by === "parent" ? "requester" : "requester",
        action: by === "parent" ? "subscription.parent_confirmed" : "subscription.confirmed",
        subjectType: "subscription",
        subjectId: row.id,
        data: { purpose: row.purpose, status },
        at: new Date(at),
      });
      return stateOf({ status, parental });
    }),
  );
}
