import type { ServiceContext } from "../../context/index.js";
import { acknowledgementReminderMail } from "../../mail/index.js";
import { localize } from "../../register/index.js";
import { changeIn, inTransaction } from "../change.js";
import { acknowledgementUrl, periodsSince } from "../notices.js";

export interface RecipientReminder {
  requestId: string;
  recipient: string;
  /** The how-manieth reminder of this notice. */
  round: number;
}

/**
 * Reminds each recipient whose Art. 19 notice waits unacknowledged, once per acknowledgement period
 * (service.processors.acknowledge_within): the round is moved on in the same transaction as the mail
 * (with the outbox) and the request event, and only when no other sweep moved it first, so two
 * sweeps at once send one reminder. A recipient the register gives no address stays open in the
 * console; there is no one to mail.
 */
export async function remindRecipients(ctx: ServiceContext): Promise<RecipientReminder[]> {
  const waiting = await ctx.store.db
    .selectFrom("recipient_acknowledgements")
    .selectAll()
    .where("acknowledged_at", "is", null)
    .orderBy("sent_at")
    .execute();
  const sent: RecipientReminder[] = [];
  for (const row of waiting) {
    const due = periodsSince(ctx, row.sent_at);
    const address = ctx.register.recipients[row.recipient]?.notify?.email;
    if (due <= row.reminders_sent || !address) continue;
    const lang = ctx.register.statement.languages[0] ?? "nl";
    const recipientName = localize(ctx.register.recipients[row.recipient]?.name, lang) || row.recipient;
    const mail = acknowledgementReminderMail({
      lang,
      sender: localize(ctx.register.organization.name, lang),
      recipient: recipientName,
      reference: row.request_id,
      sentOn: row.sent_at.slice(0, 10),
      acknowledgeUrl: acknowledgementUrl(ctx, row.id),
    });
    const done = await inTransaction(ctx, async (trx) => {
      const moved = await trx
        .updateTable("recipient_acknowledgements")
        .set({ reminders_sent: due, last_reminded_at: ctx.now().toISOString() })
        .where("id", "=", row.id)
        .where("reminders_sent", "=", row.reminders_sent)
        .where("acknowledged_at", "is", null)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) === 0) return false;
      await changeIn(ctx, trx, row.request_id, {
        actor: "system",
        kind: "recipient_ack_reminded",
        data: { recipient: row.recipient, round: due },
        audit: { recipient: row.recipient, round: due },
      });
      if (ctx.mailer.sendIn) await ctx.mailer.sendIn(trx, { to: address, ...mail });
      else await ctx.mailer.send({ to: address, ...mail });
      return true;
    });
    if (done) sent.push({ requestId: row.request_id, recipient: row.recipient, round: due });
  }
  return sent;
}
