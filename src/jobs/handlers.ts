import type { JobHandler, JobPayload, JobQueue, WorkOptions } from "./queue.js";

/** One queue's handler and how many of its jobs a worker runs at once. Handlers must be idempotent. */
export interface HandlerEntry<P extends JobPayload = JobPayload> {
  handle: JobHandler<P>;
  options?: WorkOptions;
}

/**
 * Jobs by queue name. Each domain offers its own map (the requests, OpenDSR, ...); the service merges
 * them, and `waarborg worker` and the embedded service register the same merged map, so a job sent
 * anywhere is handled the same way whichever process takes it.
 */
export type JobHandlers = Record<string, HandlerEntry>;

/** A payload field that must be a non-empty string; the error names the field, not the payload. */
export function payloadId(payload: JobPayload, field: string): string {
  const value = payload[field];
  if (typeof value !== "string" || value === "") throw new Error(`job payload lacks ${field}`);
  return value;
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
