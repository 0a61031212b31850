import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { ServiceContext } from "../context/index.js";
import { constantTimeEqual, derivedToken, subkey } from "../crypto/index.js";
import { acknowledgeWithinDays } from "../processors/index.js";
import type { RecipientAcknowledgementsTable, StoreSchema } from "../store/index.js";

/*
 * Art. 19 notices and their acknowledgement. Every notice a recipient is sent (by mail or webhook) is a
 * row in recipient_acknowledgements. The recipient acknowledges through a link of the form
 * /acknowledge/<id>.<signature>: the id is a random UUID and the signature an HMAC of it under a key
 * derived from the data key, so the link holds no personal data, cannot be guessed or forged, and can
 * be made again for a reminder without the store keeping it. A webhook recipient gets the same URL
 * in the notice's body (`acknowledge_url`) and acknowledges by POSTing to it; its 2xx answer to the
 * notice itself only means "delivered".
 */
export const ACKNOWLEDGE_PATH = "/acknowledge/";

export type NoticeRow = Selectable<RecipientAcknowledgementsTable>;

/** sent: waiting within the period; open: unacknowledged past it (reminded); acknowledged. */
export type NoticeState = "sent" | "open" | "acknowledged";

export interface Notice extends NoticeRow {
  state: NoticeState;
}

function linkKey(ctx: Pick<ServiceContext, "keys">): Buffer {
  return subkey(ctx.keys.data, "art19-acknowledgement");
}

export function acknowledgementToken(ctx: Pick<ServiceContext, "keys">, id: string): string {
  return `${id}.${derivedToken(linkKey(ctx), id)}`;
}

export function acknowledgementUrl(ctx: Pick<ServiceContext, "keys" | "publicUrl">, id: string): string {
  return `${ctx.publicUrl.replace(/\/+$/, "")}${ACKNOWLEDGE_PATH}${acknowledgementToken(ctx, id)}`;
}

/** The notice id a link's token names, when its signature is right; undefined for anything else. */
export function noticeIdOf(ctx: Pick<ServiceContext, "keys">, token: string): string | undefined {
  const dot = token.indexOf(".");
  if (dot <= 0 || token.length > 200) return undefined;
  const id = token.slice(0, dot);
  return constantTimeEqual(token.slice(dot + 1), derivedToken(linkKey(ctx), id)) ? id : undefined;
}

/**
 * The notice to a recipient about a request, made on first use: a notice sent again (a retried job)
 * keeps its id, so the link in every copy is the same one.
 */
export async function openNotice(
  ctx: Pick<ServiceContext, "now">,
  db: Kysely<StoreSchema>,
  input: { requestId: string; recipient: string; channel: "email" | "webhook" },
): Promise<NoticeRow> {
  const find = () =>
    db
      .selectFrom("recipient_acknowledgements")
      .selectAll()
      .where("request_id", "=", input.requestId)
      .where("recipient", "=", input.recipient)
      .executeTakeFirst();
  const known = await find();
  if (known) return known;
  await db
    .insertInto("recipient_acknowledgements")
    .values({
      id: randomUUID(),
      request_id: input.requestId,
      recipient: input.recipient,
      channel: input.channel,
      sent_at: ctx.now().toISOString(),
      acknowledged_at: null,
      acknowledged_by: null,
      reminders_sent: 0,
      last_reminded_at: null,
    })
    .onConflict((oc) => oc.columns(["request_id", "recipient"]).doNothing())
    .execute();
  return (await find())!;
}

const DAY_MS = 86_400_000;

/** Whole acknowledgement periods since the notice went out: the number of reminders it should have had. */
export function periodsSince(ctx: Pick<ServiceContext, "register" | "now">, sentAt: string): number {
  const period = acknowledgeWithinDays(ctx.register) * DAY_MS;
  return Math.max(0, Math.floor((ctx.now().getTime() - Date.parse(sentAt)) / period));
}

export function noticeState(ctx: Pick<ServiceContext, "register" | "now">, row: NoticeRow): NoticeState {
  if (row.acknowledged_at) return "acknowledged";
  return periodsSince(ctx, row.sent_at) > 0 ? "open" : "sent";
}

/** The Art. 19 notices of one request with their state, by recipient. */
export async function noticesOf(
  ctx: Pick<ServiceContext, "store" | "register" | "now">,
  requestId: string,
): Promise<Notice[]> {
  const rows = await ctx.store.db
    .selectFrom("recipient_acknowledgements")
    .selectAll()
    .where("request_id", "=", requestId)
    .orderBy("recipient")
    .execute();
  return rows.map((row) => ({ ...row, state: noticeState(ctx, row) }));
}
