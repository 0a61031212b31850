import { failureMessage } from "../jobs/index.js";
import { changeRequest } from "./change.js";
import type { ServiceContext } from "../context/index.js";
import type { RequestRow } from "../store/index.js";
import { isHumanReviewed } from "./review/review.js";

/** The queue the request worker takes its jobs from; the payload is the request id and nothing else. */
export const PROCESS_QUEUE = "request.process";
/** The queue of Art. 19 webhook deliveries; the payload is the request id and the recipient's key. */
export const NOTIFY_QUEUE = "recipient.notify";
/** The queue of signed requests to webhook systems; the payload is the task's id and nothing else. */
export const TASK_WEBHOOK_QUEUE = "task.webhook";
/** The queue of signed callbacks to a tenant; the payload is the request id and the message told. */
export const TENANT_CALLBACK_QUEUE = "tenant.callback";

/**
 * Hands a verified request to the workers. One job per request at a time (the request id is the
 * singleton key), so a second click on approve does not start a second run.
 */
export async function enqueueProcessing(ctx: ServiceContext, requestId: string): Promise<void> {
  await ctx.queue.send(PROCESS_QUEUE, { requestId }, { singletonKey: requestId });
}

/**
 * Hands a request that was just verified or approved to the workers. The change of status is already
 * committed, so a queue that cannot take the job right now must not turn the person's or officer's
 * success into an error: the failure is noted on the request, which stays verified, and the
 * housekeeping sweep (requeueStranded) queues it again.
 */
export async function handOver(ctx: ServiceContext, request: Pick<RequestRow, "id" | "type">): Promise<void> {
  // A request for human review waits for a reviewer in the console, not for a worker.
  if (isHumanReviewed(request.type)) return;
  const requestId = request.id;
  try {
    await enqueueProcessing(ctx, requestId);
  } catch (error) {
    await changeRequest(ctx, requestId, {
      actor: "system",
      kind: "queue_failed",
      data: { error: failureMessage(error) },
    }).catch(() => undefined);
  }
}

/**
 * Sends a mail to the requester from an operation the person or an officer is waiting on: a transport
 * failure is recorded on the request (the message names a domain at most) instead of undoing what was
 * done. The workers do not use this: there a failed mail fails the job, which is then retried.
 */
export async function mailOrRecord(
  ctx: ServiceContext,
  requestId: string,
  send: () => Promise<unknown>,
): Promise<void> {
  try {
    await send();
  } catch (error) {
    await changeRequest(ctx, requestId, {
      actor: "system",
      kind: "mail_failed",
      data: { error: failureMessage(error) },
    });
  }
}
