import { changeRequest } from "../change.js";
import type { Actor, ServiceContext } from "../../context/index.js";
import { OperationError } from "../errors.js";
import { enqueueProcessing } from "../processing.js";
import { isHumanReviewed } from "../review/review.js";
import { needsAWorker } from "./requeue-stranded.js";

/**
 * The privacy officer runs a request again that waits for a worker or was left half-done: after its
 * hand-over failed or its job failed for good, once the cause is fixed. The sweep then counts
 * its tries afresh. A request that is already waiting for a worker keeps its one job.
 */
export async function retryRequest(ctx: ServiceContext, input: { requestId: string; actor: Actor }): Promise<void> {
  await changeRequest(ctx, input.requestId, {
    actor: input.actor,
    kind: "retried",
    guard: (row) => {
      if (isHumanReviewed(row.type))
        throw new OperationError(
          undefined,
          "a request for human review waits for a reviewer, not a worker",
          "not-a-job",
        );
      if (!needsAWorker(row.status))
        throw new OperationError(
          undefined,
          "only a request waiting to be carried out, or left half-done, can run again",
          "not-waiting",
        );
    },
  });
  try {
    await enqueueProcessing(ctx, input.requestId);
  } catch {
    // The event stays: the sweep queues the request again within minutes, as after a failed hand-over.
    throw new OperationError(
      undefined,
      "the job queue cannot take the request now; it is queued again later",
      "queue-unavailable",
    );
  }
}
