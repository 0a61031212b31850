import { verificationCodeMail } from "../../mail/templates.js";
import { changeIn, inTransaction } from "../change.js";
import { CODE_MINUTES, issueCodeIn } from "../codes.js";
import type { ServiceContext } from "../context.js";
import { mailOrRecord } from "../processing.js";
import { mailRequester, mailSender, requestStatusUrl } from "../requester.js";
import { requestWithToken } from "./verify-request.js";

/**
 * A new code for a request still waiting for one (the first expired, or never arrived). The old code
 * stops working; wrong tries so far still count, and a locked request stays locked.
 */
export async function resendCode(
  ctx: ServiceContext,
  input: { requestId: string; statusToken: string },
): Promise<void> {
  const found = await requestWithToken(ctx, input.requestId, input.statusToken);
  const code = await inTransaction(ctx, async (trx) => {
    const row = await changeIn(ctx, trx, found.id, { actor: "requester", kind: "send_code", event: "send_code" });
    return { row, code: await issueCodeIn(ctx, trx, found.id) };
  });
  await mailOrRecord(ctx, found.id, () =>
    mailRequester(
      ctx,
      code.row,
      verificationCodeMail({
        lang: code.row.lang,
        sender: mailSender(ctx.register),
        type: code.row.type,
        statusUrl: requestStatusUrl(ctx, found.id),
        code: code.code,
        minutes: CODE_MINUTES,
      }),
    ),
  );
}
