import type { Store } from "../store/index.js";
import { PgBossQueue } from "./pg-boss-queue.js";
import type { JobQueue, QueueOptions } from "./queue.js";
import { StoreQueue } from "./store-queue.js";

export type QueueRunner = JobQueue["runner"];

export interface CreateQueueOptions extends QueueOptions {
  /**
   * Which runner to use. Default: pg-boss on PostgreSQL (many workers, many machines) and the store
   * runner on SQLite. The store runner also works on PostgreSQL, e.g. for a single embedded process.
   */
  runner?: QueueRunner;
}

/** The job queue for a store. Call start() before work(). */
export function createQueue(store: Store, options: CreateQueueOptions = {}): JobQueue {
  const runner = options.runner ?? (store.dialect.pgBoss ? "pg-boss" : "store");
  if (runner === "pg-boss") return new PgBossQueue(store, options);
  return new StoreQueue(store, options);
}
