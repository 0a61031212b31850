import { verificationCodeMail } from "../../mail/index.js";
import { changeIn, inTransaction } from "../change.js";
import { CODE_MINUTES, issueCodeIn } from "../codes.js";
import type { ServiceContext } from "../../context/index.js";
import { mailOrRecord } from "../processing.js";
import { mailRequester, mailSender, requestStatusUrl } from "../requester.js";
import { requestWithToken } from "./verify-request.js";

/**
 * Anyone who files a request holds its status link, also for an address that is not theirs: without
 * limits, "send a new code" would mail the owner of that address as often as someone clicks. So a new
 * code waits a minute after the last one, and a request gets five codes in all.
 */
export const RESEND_WAIT_SECONDS = 60;
export const CODES_PER_REQUEST = 5;

export type ResendResult =
  | { sent: true }
  | { sent: false; reason: "too_soon"; waitSeconds: number }
  | { sent: false; reason: "too_many" | "locked" };

/** Thrown inside the transaction so that a refused resend leaves no event and no new code behind. */
class Refused extends Error {
  constructor(readonly result: Exclude<ResendResult, { sent: true }>) {
    super(result.reason);
  }
}

/**
 * A new code for a request still waiting for one (the first expired, or never arrived). The old code
 * stops working; wrong tries so far still count, and a locked request stays locked and gets no mail.
 */
export async function resendCode(
  ctx: ServiceContext,
  input: { requestId: string; statusToken: string },
): Promise<ResendResult> {
  const found = await requestWithToken(ctx, input.requestId, input.statusToken);
  let issued;
  try {
    issued = await inTransaction(ctx, async (trx) => {
      // changeIn locks the request row first, so two clicks at once are counted one after the other.
      const row = await changeIn(ctx, trx, found.id, { actor: "requester", kind: "send_code", event: "send_code" });
      const last = await trx
        .selectFrom("verification_codes")
        .select(["created_at", "locked_at"])
        .where("request_id", "=", found.id)
        .executeTakeFirst();
      if (last?.locked_at) throw new Refused({ sent: false, reason: "locked" });
      const sent = await trx
        .selectFrom("request_events")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("request_id", "=", found.id)
        .where("kind", "=", "send_code")
        .executeTakeFirstOrThrow();
      // The count includes the event just written.
      if (Number(sent.n) > CODES_PER_REQUEST) throw new Refused({ sent: false, reason: "too_many" });
      if (last) {
        const since = (ctx.now().getTime() - new Date(last.created_at).getTime()) / 1000;
        if (since < RESEND_WAIT_SECONDS)
          throw new Refused({ sent: false, reason: "too_soon", waitSeconds: Math.ceil(RESEND_WAIT_SECONDS - since) });
      }
      return { row, code: await issueCodeIn(ctx, trx, found.id) };
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
  await mailOrRecord(ctx, found.id, () =>
    mailRequester(
      ctx,
      issued.row,
      "code",
      verificationCodeMail({
        lang: issued.row.lang,
        sender: mailSender(ctx.register),
        type: issued.row.type,
        statusUrl: requestStatusUrl(ctx, found.id),
        code: issued.code,
        minutes: CODE_MINUTES,
      }),
    ),
  );
  return { sent: true };
}
