import { randomUUID } from "node:crypto";
import { verificationCodeMail } from "../../mail/index.js";
import { changeHeldIn, inTransaction, type StoreTransaction } from "../change.js";
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
  const row = await insertReceivedIn(ctx, trx, requestId, request, { actor: "requester" });
  const code = await issueCodeIn(ctx, trx, requestId);
  await changeHeldIn(ctx, trx, row, { actor: "system", kind: "send_code", event: "send_code" });
  return { requestId, code };
}

function codeMail(ctx: ServiceContext, request: CheckedRequest & { email: string }, filed: FiledInTransaction) {
  const mail = verificationCodeMail({
    lang: request.lang,
    sender: mailSender(ctx.register),
    type: request.type,
    statusUrl: requestStatusUrl(ctx, filed.requestId),
    code: filed.code,
    minutes: CODE_MINUTES,
  });
  return { to: request.email, ...mail };
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
  await mailOrRecord(ctx, filed.requestId, () => ctx.mailer.send(codeMail(ctx, request, filed)));
  return { requestId: filed.requestId, statusToken: statusToken(ctx, filed.requestId) };
}

/**
 * Whether a filing may go ahead, decided inside its transaction (the privacy center's limits count
 * there): false rolls the filing back, so nothing is stored, counted or mailed.
 */
export type Admission = (trx: StoreTransaction) => Promise<boolean>;

class NotAdmitted extends Error {}

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
  const filed = await fileRequestIfAdmitted(ctx, input, async () => true);
  if (!filed) throw new Error("a filing admitted by default was refused");
  return filed;
}

/**
 * fileRequest with an admission decided in the same transaction; undefined when it refused. One
 * commit per filing: each commit waits for the disk, and the audit chain's head is held until it. With
 * a mailer that writes to the store (the outbox), the code mail is part of that transaction too.
 */
export async function fileRequestIfAdmitted(
  ctx: ServiceContext,
  input: unknown,
  admit: Admission,
): Promise<FiledRequest | undefined> {
  const request = checkFileRequest(ctx.register, input);
  const mailIn = ctx.mailer.sendIn?.bind(ctx.mailer);
  let filed: FiledInTransaction;
  try {
    filed = await inTransaction(ctx, async (trx) => {
      const inserted = await fileRequestIn(ctx, trx, request);
      // After the request's own rows: the limits' counters are shared by every filing from one client,
      // so their row locks are taken as late as possible and held only to the commit.
      if (!(await admit(trx))) throw new NotAdmitted();
      await mailIn?.(trx, codeMail(ctx, request, inserted));
      return inserted;
    });
  } catch (error) {
    if (error instanceof NotAdmitted) return undefined;
    throw error;
  }
  if (mailIn) return { requestId: filed.requestId, statusToken: statusToken(ctx, filed.requestId) };
  return mailFilingCode(ctx, request, filed);
}
