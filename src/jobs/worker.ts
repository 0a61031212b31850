import type { Logger } from "pino";
import { pendingMigrations, type Store } from "../store/index.js";
import { type CreateQueueOptions, createQueue } from "./create.js";
import { type JobHandlers, registerHandlers } from "./handlers.js";
import { queueLogging } from "./logging.js";
import type { JobQueue } from "./queue.js";

/** The worker cannot start on this store as it is; the message says what to do. */
export class WorkerStartError extends Error {}

export interface WorkerOptions {
  store: Store;
  /**
   * The handlers to run, or a function that makes them for the worker's queue: handlers that send
   * jobs of their own (processing a request queues its Art. 19 webhooks) need the queue they run on.
   */
  handlers: JobHandlers | ((queue: JobQueue) => JobHandlers | Promise<JobHandlers>);
  logger: Logger;
  queue?: CreateQueueOptions;
  /** How long stop() waits for running jobs before leaving them to their lease (default 30 s). */
  shutdownTimeoutMs?: number;
}

export interface RunningWorker {
  queue: JobQueue;
  /** The queues this worker takes jobs from. */
  queues: string[];
  stop(): Promise<void>;
}

/**
 * Starts a worker: the job queue for the store, with every handler registered. Logs carry the runner,
 * the dialect, queue names and operations; never a payload, a store URL or personal data.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { store, logger } = options;
  // Workers never migrate: several starting at once against an old schema is how a deploy goes wrong.
  const pending = await pendingMigrations(store);
  if (pending.length > 0)
    throw new WorkerStartError(
      `the service store lacks ${pending.length} migration(s) (${pending.join(", ")}): run waarborg migrate first`,
    );
  const queue = createQueue(store, {
    ...options.queue,
    ...queueLogging(logger),
  });
  const handlers = typeof options.handlers === "function" ? await options.handlers(queue) : options.handlers;
  await queue.start();
  const queues = await registerHandlers(queue, handlers);
  logger.info({ runner: queue.runner, dialect: store.dialect.name, queues }, "worker ready");
  return {
    queue,
    queues,
    stop: async () => {
      await queue.stop({ timeoutMs: options.shutdownTimeoutMs ?? 30_000 });
      logger.info("worker stopped");
    },
  };
}
