import type { ServiceContext } from "../context/index.js";
import { type JobHandlers, payloadId } from "../jobs/index.js";
import { notifyRecipient } from "./operations/notify-recipient.js";
import { processRequest } from "./operations/process-request.js";
import { NOTIFY_QUEUE, PROCESS_QUEUE, TASK_WEBHOOK_QUEUE, TENANT_CALLBACK_QUEUE } from "./processing.js";
import { sendTaskWebhook } from "./operations/send-task-webhook.js";
import { sendTenantCallback } from "./operations/send-tenant-callback.js";

/**
 * The request lifecycle's jobs: carrying a request out, each Art. 19 webhook delivery on its own,
 * each webhook system's task, and each callback to a tenant. Payloads carry ids only; the handlers read everything else from the store.
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
    [TASK_WEBHOOK_QUEUE]: {
      handle: (job) => sendTaskWebhook(ctx, payloadId(job.payload, "taskId"), { lastAttempt: job.lastAttempt }),
      options: { concurrency: 4 },
    },
    [TENANT_CALLBACK_QUEUE]: {
      handle: (job) =>
        sendTenantCallback(
          ctx,
          { requestId: payloadId(job.payload, "requestId"), message: payloadId(job.payload, "message") },
          { number: job.attempt, last: job.lastAttempt },
        ),
      options: { concurrency: 4 },
    },
  };
}
