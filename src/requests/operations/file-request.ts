import { randomUUID } from "node:crypto";
import { verificationCodeMail } from "../../mail/index.js";
import { changeIn, inTransaction } from "../change.js";
import { CODE_MINUTES, issueCodeIn } from "../codes.js";
import type { ServiceContext } from "../../context/index.js";
import { insertReceivedIn } from "../filing.js";
import { checkFileRequest } from "../input.js";
import { mailOrRecord } from "../processing.js";
import { mailSender, requestStatusUrl } from "../requester.js";
import { statusToken } from "../secrets.js";

export { DUPLICATE_DAYS } from "../filing.js";

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
  const code = await inTransaction(ctx, async (trx) => {
    await insertReceivedIn(ctx, trx, requestId, request, { actor: "requester" });
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
  return { requestId, statusToken: statusToken(ctx, requestId) };
}
