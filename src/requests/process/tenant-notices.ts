import { tenantReferralNoticeMail } from "../../mail/index.js";
import type { RequestRow } from "../../store/index.js";
import type { ServiceContext } from "../../context/index.js";
import { tenantsByKey } from "../../tenants/index.js";
import { changeRequest } from "../change.js";
import { hasEvent, type RequestEvent } from "../records.js";
import { mailSender } from "../requester.js";

/**
 * Tells each tenant the request referred the person to, where the tenants directory holds its e-mail
 * address: once per tenant, read back from the events first, like the recipients' notices. A tenant
 * with only a web page, or none in the directory, is not told: there is nowhere to write to.
 */
export async function notifyReferredTenants(
  ctx: ServiceContext,
  row: RequestRow,
  events: readonly RequestEvent[],
  completion: RequestEvent,
): Promise<void> {
  const keys = Array.isArray(completion.data.referred)
    ? completion.data.referred.filter((k): k is string => typeof k === "string")
    : [];
  const pending = keys.filter((key) => !hasEvent(events, "tenant_notified", { tenant: key }));
  if (pending.length === 0) return;
  const entries = await tenantsByKey(ctx, pending);
  for (const key of pending) {
    const entry = entries.get(key);
    if (!entry?.email) continue;
    const mail = tenantReferralNoticeMail({
      lang: ctx.register.statement.languages[0] ?? "nl",
      sender: mailSender(ctx.register),
      tenant: entry.name,
      type: row.type,
      reference: row.id,
      completedOn: completion.at.slice(0, 10),
    });
    await ctx.mailer.send({ to: entry.email, ...mail });
    await changeRequest(ctx, row.id, {
      actor: "worker",
      kind: "tenant_notified",
      data: { tenant: key },
      audit: { tenant: key },
    });
  }
}
