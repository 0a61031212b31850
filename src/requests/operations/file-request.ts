import { randomUUID } from "node:crypto";
import { verificationCodeMail } from "../../mail/index.js";
import { changeIn, inTransaction, type StoreTransaction } from "../change.js";
import { CODE_MINUTES, issueCodeIn } from "../codes.js";
import type { ServiceContext } from "../../context/index.js";
import { insertReceivedIn } from "../filing.js";
import { type CheckedRequest, checkFileRequest } from "../input.js";
import { mailOrRecord } from "../processing.js";
import { mailSender, requestStatusUrl } from "../requester.js";
import { statusToken } from "../secrets.js";

export { DUPLICATE_DAYS } from "../filing.js";

export interface FiledRequest {
  requestId: string;
  /** The secret of the status link; the store keeps only its hash. */
  statusToken: string;
}

/** A request filed inside a transaction that has not committed yet, with the code still to be mailed. */
export interface FiledInTransaction {
  requestId: string;
  /** The one-time code; mail it with mailFilingCode once the transaction committed. */
  code: string;
}

/**
 * Files a checked request (checkFileRequest) in a transaction the caller holds: the request as
 * received, its one-time code and the "code sent" event. A caller that files as part of more work
 * (OpenDSR saves its link in the same transaction) passes its own; everything is written or nothing.
 */
export async function fileRequestIn(
  ctx: ServiceContext,
  trx: StoreTransaction,
  request: CheckedRequest & { email: string },
): Promise<FiledInTransaction> {
  const requestId = randomUUID();
  await insertReceivedIn(ctx, trx, requestId, request, { actor: "requester" });
  const code = await issueCodeIn(ctx, trx, requestId);
  await changeIn(ctx, trx, requestId, { actor: "system", kind: "send_code", event: "send_code" });
  return { requestId, code };
}

/**
 * Mails the code of a filed request to its e-mail address, after the filing committed: a mail is not
 * taken back by a rollback. A failed mail leaves the request standing (the status page can send a new
 * code) and the answer the same as ever.
 */
export async function mailFilingCode(
  ctx: ServiceContext,
  request: CheckedRequest & { email: string },
  filed: FiledInTransaction,
): Promise<FiledRequest> {
  const mail = verificationCodeMail({
    lang: request.lang,
    sender: mailSender(ctx.register),
    type: request.type,
    statusUrl: requestStatusUrl(ctx, filed.requestId),
    code: filed.code,
    minutes: CODE_MINUTES,
  });
  await mailOrRecord(ctx, filed.requestId, () => ctx.mailer.send({ to: request.email, ...mail }));
  return { requestId: filed.requestId, statusToken: statusToken(ctx, filed.requestId) };
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
  const filed = await inTransaction(ctx, (trx) => fileRequestIn(ctx, trx, request));
  return mailFilingCode(ctx, request, filed);
}
