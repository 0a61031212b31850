import type { ServiceContext } from "../context/index.js";
import { type JobHandlers, payloadId } from "../jobs/index.js";
import { notifyRecipient } from "./operations/notify-recipient.js";
import { processRequest } from "./operations/process-request.js";
import { NOTIFY_QUEUE, PROCESS_QUEUE } from "./processing.js";

/**
 * The request lifecycle's jobs: carrying a request out, and each Art. 19 webhook delivery on its
 * own. Payloads carry ids only; the handlers read everything else from the store.
 */
export function requestJobHandlers(ctx: ServiceContext): JobHandlers {
  return {
    [PROCESS_QUEUE]: {
      handle: async (job) => {
        await processRequest(ctx, payloadId(job.payload, "requestId"));
      },
      options: { concurrency: 2 },
    },
    [NOTIFY_QUEUE]: {
      handle: (job) =>
        notifyRecipient(
          ctx,
          { requestId: payloadId(job.payload, "requestId"), recipient: payloadId(job.payload, "recipient") },
          { lastAttempt: job.lastAttempt },
        ),
      options: { concurrency: 4 },
    },
  };
}
