import type { Actor, ServiceContext } from "../../context/index.js";
import type { Lang } from "../../kernel/index.js";
import { localize } from "../../register/index.js";
import { changeIn, inTransaction } from "../change.js";
import { NotFoundError, OperationError } from "../errors.js";
import { type NoticeRow, noticeIdOf, noticeState, type NoticeState } from "../notices.js";
import { MAX_REASON } from "../officer.js";

/** What the acknowledgement page shows: whose notice, about which request, and whether it is done. */
export interface NoticeView {
  recipient: string;
  /** In the page's language. */
  recipientName: string;
  reference: string;
  sentAt: string;
  state: NoticeState;
  acknowledgedAt: string | null;
}

function view(ctx: ServiceContext, row: NoticeRow, lang: Lang): NoticeView {
  return {
    recipient: row.recipient,
    recipientName: localize(ctx.register.recipients[row.recipient]?.name, lang) || row.recipient,
    reference: row.request_id,
    sentAt: row.sent_at,
    state: noticeState(ctx, row),
    acknowledgedAt: row.acknowledged_at,
  };
}

async function byToken(ctx: ServiceContext, token: string): Promise<NoticeRow> {
  const id = noticeIdOf(ctx, token);
  const row = id
    ? await ctx.store.db.selectFrom("recipient_acknowledgements").selectAll().where("id", "=", id).executeTakeFirst()
    : undefined;
  // A forged link and an unknown one get the same answer.
  if (!row) throw new NotFoundError("notice");
  return row;
}

/** The notice an acknowledgement link names; NotFoundError for a link that is not one of ours. */
export async function noticeByToken(ctx: ServiceContext, token: string, lang: Lang): Promise<NoticeView> {
  return view(ctx, await byToken(ctx, token), lang);
}

/**
 * Marks a notice acknowledged, as one request event and one audit entry with it. Acknowledging twice
 * changes nothing the second time and says so (`already`): a link clicked again is not an error.
 */
async function acknowledge(
  ctx: ServiceContext,
  row: NoticeRow,
  actor: Actor,
  note: string | undefined,
): Promise<{ already: boolean }> {
  return inTransaction(ctx, async (trx) => {
    const at = ctx.now().toISOString();
    const updated = await trx
      .updateTable("recipient_acknowledgements")
      .set({ acknowledged_at: at, acknowledged_by: actor })
      .where("id", "=", row.id)
      .where("acknowledged_at", "is", null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return { already: true };
    await changeIn(ctx, trx, row.request_id, {
      actor,
      kind: "recipient_acknowledged",
      data: { recipient: row.recipient, channel: row.channel, ...(note ? { note } : {}) },
      audit: { recipient: row.recipient, channel: row.channel },
    });
    return { already: false };
  });
}

/** The recipient acknowledges through the link in its notice (a click and a confirm, or a webhook's POST). */
export async function acknowledgeNotice(
  ctx: ServiceContext,
  token: string,
  lang: Lang,
): Promise<NoticeView & { already: boolean }> {
  const row = await byToken(ctx, token);
  const { already } = await acknowledge(ctx, row, `recipient:${row.recipient}`, undefined);
  return { ...(await noticeByToken(ctx, token, lang)), already };
}

/**
 * The privacy officer records an acknowledgement that came another way (a reply, a call), with a note.
 * Only a notice still waiting can be recorded.
 */
export async function recordAcknowledgement(
  ctx: ServiceContext,
  input: { requestId: string; actor: Actor; recipient: string; note?: string },
): Promise<void> {
  const row = await ctx.store.db
    .selectFrom("recipient_acknowledgements")
    .selectAll()
    .where("request_id", "=", input.requestId)
    .where("recipient", "=", input.recipient)
    .executeTakeFirst();
  if (!row || row.acknowledged_at)
    throw new OperationError(
      "recipient",
      "choose a recipient whose notice waits for acknowledgement",
      "notice-not-open",
    );
  const note = input.note?.trim() ?? "";
  if (note.length > MAX_REASON) throw new OperationError("note", `at most ${MAX_REASON} characters`, "reason-too-long");
  const { already } = await acknowledge(ctx, row, input.actor, note || undefined);
  if (already)
    throw new OperationError(
      "recipient",
      "choose a recipient whose notice waits for acknowledgement",
      "notice-not-open",
    );
}
