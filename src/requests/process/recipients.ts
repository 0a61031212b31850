import { type NotifiedChange, recipientNotificationMail } from "../../mail/index.js";
import type { RequestRow } from "../../store/index.js";
import { changeIn, changeRequest, inTransaction } from "../change.js";
import type { ServiceContext } from "../../context/index.js";
import { nameForAll } from "../../register/index.js";
import { openRequest } from "../identities.js";
import { NOTIFY_QUEUE } from "../processing.js";
import { hasEvent, type RequestEvent } from "../records.js";
import { acknowledgementUrl, openNotice } from "../notices.js";
import { mailSender } from "../requester.js";

/** The changes Art. 19 asks a controller to pass on to the recipients. */
export const NOTIFIED: readonly string[] = ["erasure", "rectification", "restriction"] satisfies NotifiedChange[];

/** The register's recipients that say how to tell them (notify.email or notify.webhook), by key. */
export function notifiableRecipients(
  ctx: ServiceContext,
): [string, NonNullable<ServiceContext["register"]["recipients"][string]>][] {
  return Object.entries(ctx.register.recipients)
    .filter(([, recipient]) => recipient.notify?.email || recipient.notify?.webhook)
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Tells each recipient (Art. 19): by mail right here, or by a signed webhook in a job of its own, so
 * one slow endpoint neither holds up the request nor gets its retries mixed with the mail's. Each
 * recipient is told once: what was done is read back from the events first.
 */
export async function notifyRecipients(
  ctx: ServiceContext,
  row: RequestRow,
  events: readonly RequestEvent[],
  completedAt: string,
): Promise<string[]> {
  const told: string[] = [];
  for (const [key, recipient] of notifiableRecipients(ctx)) {
    told.push(nameForAll(recipient.name, ctx.register));
    if (hasEvent(events, "recipient_notified", { recipient: key })) continue;
    if (recipient.notify?.email) {
      const { identities, details } = openRequest(ctx, row.id, row.identities_encrypted);
      const notice = await openNotice(ctx, ctx.store.db, { requestId: row.id, recipient: key, channel: "email" });
      const mail = recipientNotificationMail({
        lang: ctx.register.statement.languages[0] ?? "nl",
        sender: mailSender(ctx.register),
        recipient: nameForAll(recipient.name, ctx.register),
        type: row.type as NotifiedChange,
        reference: row.id,
        completedOn: completedAt.slice(0, 10),
        identities,
        ...(row.type === "rectification"
          ? { corrections: details.corrections as { field: string; value: string }[] }
          : {}),
        acknowledgeUrl: acknowledgementUrl(ctx, notice.id),
      });
      await ctx.mailer.send({ to: recipient.notify.email, ...mail });
      await changeRequest(ctx, row.id, {
        actor: "worker",
        kind: "recipient_notified",
        data: { recipient: key, channel: "email" },
        audit: { recipient: key, channel: "email" },
      });
      continue;
    }
    if (hasEvent(events, "recipient_notify_queued", { recipient: key })) continue;
    // The job and its event commit together: a worker that picks the job up at once still finds the
    // "queued" event before its own "notified", and a crash leaves neither, so the next pass queues it.
    await inTransaction(ctx, async (trx) => {
      await changeIn(ctx, trx, row.id, {
        actor: "worker",
        kind: "recipient_notify_queued",
        data: { recipient: key, channel: "webhook" },
        audit: { recipient: key, channel: "webhook" },
      });
      await ctx.queue.send(
        NOTIFY_QUEUE,
        { requestId: row.id, recipient: key },
        { singletonKey: `${row.id}:${key}`, transaction: trx },
      );
    });
  }
  return told;
}
