import type { Logger } from "pino";
import type { QueueOptions } from "./queue.js";

/**
 * How `serve` and `worker` report on their queue: failures of the queue itself as errors, and each
 * failed attempt of a job as a warning with its queue, id and attempt, so a job that keeps failing is
 * seen before its retries run out. Payloads are never logged; handler messages hold no personal data.
 */
export function queueLogging(logger: Logger): Pick<QueueOptions, "onError" | "onJobFailed"> {
  return {
    onError: (error, context) =>
      logger.error({ ...context, error: error instanceof Error ? error.message : String(error) }, "job queue error"),
    onJobFailed: (failure) => {
      const line = { queue: failure.queue, job: failure.jobId, attempt: failure.attempt, error: failure.message };
      if (failure.final) logger.error(line, "job failed for good");
      else logger.warn(line, "job attempt failed");
    },
  };
}
