import { changeIn, inTransaction } from "../change.js";
import { dropCodeIn } from "../codes.js";
import type { Actor, ServiceContext } from "../../context/index.js";
import { withdrawOpenTasksIn } from "../withdraw-tasks.js";

/**
 * Cancels a request before work on it starts: by the person (from the status page, actor "requester")
 * or by the company (an unverified request nobody confirmed). A reason, when given, stays in the events.
 */
export async function cancelRequest(
  ctx: ServiceContext,
  input: { requestId: string; actor: Actor; reason?: string },
): Promise<void> {
  const reason = input.reason?.trim();
  await inTransaction(ctx, async (trx) => {
    await dropCodeIn(trx, input.requestId);
    const cancelled = await changeIn(ctx, trx, input.requestId, {
      actor: input.actor,
      kind: "cancel",
      event: "cancel",
      ...(reason ? { data: { reason } } : {}),
    });
    // Tasks are made only once work starts, when the lifecycle no longer allows a cancel; should it
    // ever allow one, the tasks close with the request as they do on a denial.
    await withdrawOpenTasksIn(ctx, trx, cancelled, input.actor);
  });
}
