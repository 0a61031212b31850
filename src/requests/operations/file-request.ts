import { randomUUID } from "node:crypto";
import { responseDeadline } from "../../deadlines/index.js";
import { verificationCodeMail } from "../../mail/index.js";
import type { RequestRow } from "../../store/index.js";
import { changeIn, inTransaction, type StoreTransaction } from "../change.js";
import { CODE_MINUTES, issueCodeIn } from "../codes.js";
import type { ServiceContext } from "../../context/index.js";
import { hashIdentities, sealRequest } from "../identities.js";
import { checkFileRequest } from "../input.js";
import { mailOrRecord } from "../processing.js";
import { mailSender, requestStatusUrl } from "../requester.js";
import { statusToken, tokenHash } from "../secrets.js";

/** A request of the same type for the same identities within this many days is flagged (Art. 12(5)). */
export const DUPLICATE_DAYS = 30;

export interface FiledRequest {
  requestId: string;
  /** The secret of the status link; the store keeps only its hash. */
  statusToken: string;
}

/**
 * Files a request from the privacy center or the API and sends a one-time code to its e-mail address.
 *
 * No probing: nothing here looks at the company's own data. Whether the address belongs to a customer
 * is only found out after the person proved they read it, when the request is processed. So the answer,
 * the work done and the time it takes are the same for a customer and a stranger: every request is
 * stored and every address gets a code. Mailing a code to an address that is no customer's is harmless;
 * the mailbox's owner asked for it (or ignores it), and the mail says nothing about being a customer.
 */
export async function fileRequest(ctx: ServiceContext, input: unknown): Promise<FiledRequest> {
  const request = checkFileRequest(ctx.register, input);
  const requestId = randomUUID();
  const token = statusToken(ctx, requestId);
  const now = ctx.now();
  const identitiesHash = hashIdentities(ctx, request.identities);
  const code = await inTransaction(ctx, async (trx) => {
    await trx
      .insertInto("requests")
      .values({
        id: requestId,
        type: request.type,
        status: "received",
        lang: request.lang,
        identities_hash: identitiesHash,
        identities_encrypted: sealRequest(ctx, requestId, {
          identities: request.identities,
          details: request.details.sealed,
        }),
        received_at: now.toISOString(),
        due_at: responseDeadline(now, { calendar: ctx.calendar }).due,
        status_token_hash: tokenHash(token),
        details: JSON.stringify(request.details.open),
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    const received = { actor: "requester", kind: "received", data: { lang: request.lang } } as const;
    await changeIn(ctx, trx, requestId, received);
    await flagDuplicate(ctx, trx, { id: requestId, type: request.type, identities_hash: identitiesHash }, now);
    const issued = await issueCodeIn(ctx, trx, requestId);
    await changeIn(ctx, trx, requestId, { actor: "system", kind: "send_code", event: "send_code" });
    return issued;
  });
  const mail = verificationCodeMail({
    lang: request.lang,
    sender: mailSender(ctx.register),
    type: request.type,
    statusUrl: requestStatusUrl(ctx, requestId),
    code,
    minutes: CODE_MINUTES,
  });
  // A failed mail leaves the request standing (the status page can send a new code) and the answer
  // the same as ever.
  await mailOrRecord(ctx, requestId, () => ctx.mailer.send({ to: request.email, ...mail }));
  return { requestId, statusToken: token };
}

/** Flags a request that repeats one of the same type for the same person within DUPLICATE_DAYS. */
async function flagDuplicate(
  ctx: ServiceContext,
  trx: StoreTransaction,
  row: Pick<RequestRow, "id" | "type" | "identities_hash">,
  now: Date,
): Promise<void> {
  const since = new Date(now.getTime() - DUPLICATE_DAYS * 86_400_000).toISOString();
  const earlier = await trx
    .selectFrom("requests")
    .select(["id"])
    .where("identities_hash", "=", row.identities_hash)
    .where("type", "=", row.type)
    .where("id", "!=", row.id)
    .where("received_at", ">=", since)
    .orderBy("received_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!earlier) return;
  await changeIn(ctx, trx, row.id, {
    actor: "system",
    kind: "duplicate_of",
    data: { request_id: earlier.id, days: DUPLICATE_DAYS },
    audit: { request_id: earlier.id },
  });
}
