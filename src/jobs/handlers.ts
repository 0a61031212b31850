import { openDsrJobHandlers } from "../http/api/opendsr/jobs.js";
import type { ServiceContext } from "../requests/context.js";
import { notifyRecipient } from "../requests/operations/notify-recipient.js";
import { processRequest } from "../requests/operations/process-request.js";
import { NOTIFY_QUEUE, PROCESS_QUEUE } from "../requests/processing.js";
import type { JobHandler, JobPayload, JobQueue, WorkOptions } from "./queue.js";

/** One queue's handler and how many of its jobs a worker runs at once. Handlers must be idempotent. */
export interface HandlerEntry<P extends JobPayload = JobPayload> {
  handle: JobHandler<P>;
  options?: WorkOptions;
}

/**
 * Every job the service runs, by queue name. `waarborg worker` and the embedded service register
 * the same map, so a job sent anywhere is handled the same way whichever process takes it.
 */
export type JobHandlers = Record<string, HandlerEntry>;

/** Handlers that need nothing but their payload. Domain work that needs the service adds itself below. */
export const SERVICE_HANDLERS: JobHandlers = {};

/** A payload field that must be a non-empty string; the error names the field, not the payload. */
function idOf(payload: JobPayload, field: string): string {
  const value = payload[field];
  if (typeof value !== "string" || value === "") throw new Error(`job payload lacks ${field}`);
  return value;
}

/**
 * The service's handlers for a running service: SERVICE_HANDLERS plus the request lifecycle's jobs,
 * which need the store, the register, the keys and the mailer. Payloads carry ids only.
 */
export function serviceHandlers(ctx: ServiceContext): JobHandlers {
  return {
    ...SERVICE_HANDLERS,
    [PROCESS_QUEUE]: {
      handle: async (job) => {
        await processRequest(ctx, idOf(job.payload, "requestId"));
      },
      options: { concurrency: 2 },
    },
    [NOTIFY_QUEUE]: {
      handle: (job) =>
        notifyRecipient(
          ctx,
          { requestId: idOf(job.payload, "requestId"), recipient: idOf(job.payload, "recipient") },
          { lastAttempt: job.lastAttempt },
        ),
      options: { concurrency: 4 },
    },
    // OpenDSR status callbacks: a look at the status, and one signed POST per callback URL.
    ...openDsrJobHandlers(ctx),
  };
}

/** Starts workers for every queue in `handlers`; returns the queue names, sorted, for the log. */
export async function registerHandlers(queue: JobQueue, handlers: JobHandlers): Promise<string[]> {
  const names = Object.keys(handlers).sort();
  for (const name of names) {
    const entry = handlers[name] as HandlerEntry;
    await queue.work(name, entry.handle, entry.options);
  }
  return names;
}
