import { denialMail } from "../../mail/index.js";
import { changeIn, inTransaction } from "../change.js";
import { dropCodeIn } from "../codes.js";
import type { Actor, ServiceContext } from "../../context/index.js";
import { checkReason, reasonAudit } from "../officer.js";
import { mailOrRecord } from "../processing.js";
import { withdrawOpenTasksIn } from "../withdraw-tasks.js";
import { mailRequester, mailSender, requestStatusUrl } from "../requester.js";

/**
 * Refuses a request (Art. 12(4), 12(5)): the reasons are stored, shown on the status page and mailed
 * with the complaint route to the supervisory authority and the right to go to court. A request
 * denied while it waits for tasks has them withdrawn in the same transaction: their owners are not
 * reminded again, and an answer that comes later is refused as no longer needed.
 */
export async function denyRequest(
  ctx: ServiceContext,
  input: { requestId: string; actor: Actor; reason: string },
): Promise<void> {
  const reason = checkReason(input.reason);
  const row = await inTransaction(ctx, async (trx) => {
    await dropCodeIn(trx, input.requestId);
    const denied = await changeIn(ctx, trx, input.requestId, {
      actor: input.actor,
      kind: "deny",
      event: "deny",
      set: () => ({ denial_reason: reason }),
      data: { reason },
      audit: reasonAudit(reason),
    });
    await withdrawOpenTasksIn(ctx, trx, denied, input.actor);
    return denied;
  });
  await mailOrRecord(ctx, row.id, () =>
    mailRequester(
      ctx,
      row,
      "denial",
      denialMail({
        lang: row.lang,
        sender: mailSender(ctx.register),
        type: row.type,
        statusUrl: requestStatusUrl(ctx, row.id),
        reason,
      }),
    ),
  );
}
