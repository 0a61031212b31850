import type { ServiceContext } from "../../context/index.js";
import { toCsv } from "../../documents/index.js";
import type { Lang } from "../../kernel/index.js";
import { ConsentInputError } from "../records/input.js";
import { ALL_MARKETING } from "./end.js";
import { subscriptionPurposes } from "./purposes.js";
import { centerLink, openEmail, unsubscribeToken } from "./secrets.js";
import { UNSUBSCRIBE_PATH } from "./subscribe.js";

/** One address the mailing tool may send the purpose's mail to, with what every message must carry. */
export interface Subscriber {
  email: string;
  lang: Lang;
  confirmedAt: string;
  /** The link for the message's footer: a page with one button. */
  unsubscribeUrl: string;
  /** RFC 8058 headers, to send as they are. */
  headers: { "List-Unsubscribe": string; "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/** The unsubscribe link and headers of one subscription. */
export function unsubscribeParts(ctx: ServiceContext, subscriptionId: string) {
  const unsubscribeUrl = centerLink(ctx, `${UNSUBSCRIBE_PATH}${unsubscribeToken(ctx, subscriptionId)}`);
  return {
    unsubscribeUrl,
    headers: {
      "List-Unsubscribe": `<${unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" as const,
    },
  };
}

/**
 * Everyone who may get the purpose's mail: confirmed (by the address owner and, for a minor, a
 * parent), and not on the suppression list since (for this purpose, or for all direct marketing).
 */
export async function subscribers(ctx: ServiceContext, purpose: string): Promise<Subscriber[]> {
  if (!subscriptionPurposes(ctx.register).includes(purpose))
    throw new ConsentInputError("purpose", "not a purpose one subscribes to by e-mail");
  const rows = await ctx.store.db
    .selectFrom("subscriptions as s")
    .select(["s.id", "s.email_encrypted", "s.lang", "s.confirmed_at"])
    .where("s.purpose", "=", purpose)
    .where("s.status", "=", "confirmed")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("suppressions as x")
            .select("x.id")
            .whereRef("x.email_hash", "=", "s.email_hash")
            .where("x.purpose", "in", [purpose, ALL_MARKETING])
            .whereRef("x.at", ">=", "s.confirmed_at"),
        ),
      ),
    )
    .orderBy("s.confirmed_at")
    .execute();
  return rows.map((row) => ({
    email: openEmail(ctx, row.id, row.email_encrypted),
    lang: row.lang,
    confirmedAt: row.confirmed_at!,
    ...unsubscribeParts(ctx, row.id),
  }));
}

/** The export for a mailing tool: one row per address, with its unsubscribe link and the RFC 8058 headers. */
export function subscribersCsv(list: readonly Subscriber[]): string {
  return toCsv([
    ["email", "lang", "confirmed_at", "unsubscribe_url", "list_unsubscribe", "list_unsubscribe_post"],
    ...list.map((s) => [
      s.email,
      s.lang,
      s.confirmedAt,
      s.unsubscribeUrl,
      s.headers["List-Unsubscribe"],
      s.headers["List-Unsubscribe-Post"],
    ]),
  ]);
}
