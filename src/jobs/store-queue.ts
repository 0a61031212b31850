import { randomUUID } from "node:crypto";
import { isoAfter, isoTimestamp, type JobRow, type Store } from "../store/index.js";
import { retryDelay } from "./backoff.js";
import {
  type Job,
  type JobHandler,
  type JobInfo,
  type JobPayload,
  type JobQueue,
  QUEUE_DEFAULTS,
  type QueueOptions,
  retryLimitOf,
  type SendOptions,
  type StopOptions,
  type WaitOptions,
  type WorkOptions,
} from "./queue.js";
import { type JobSource, Runner } from "./runner.js";
import { leaseTiming } from "./lease.js";
import { claimJob } from "./store-claim.js";

/** A claimed job with the claim's token and its attempt budget. */
interface StoreJob extends Job {
  token: string;
  maxAttempts: number;
}

const PRUNE_EVERY_MS = 10 * 60_000;

function toInfo(row: JobRow): JobInfo {
  return {
    id: row.id,
    queue: row.queue,
    state: row.state,
    payload: JSON.parse(row.payload) as JobPayload,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/**
 * The in-process runner on the store's `jobs` table, for the embedded default (SQLite) and for a
 * single process on PostgreSQL. A worker holds a job by a lease (`locked_until`) that it renews while
 * the handler runs; when the worker dies the lease runs out and the next claim takes the job over.
 */
export class StoreQueue implements JobQueue {
  readonly runner = "store" as const;
  private readonly runnerLoop: Runner<StoreJob>;
  private readonly leaseMs: number;
  private readonly retryLimit: number;
  private readonly retryDelayMs: number;
  private readonly sentTo = new Set<string>();
  private readonly keepFinishedMs: number;
  private lastPrune = 0;

  constructor(
    private readonly store: Store,
    options: QueueOptions = {},
  ) {
    const { leaseMs, heartbeatMs } = leaseTiming(options);
    this.leaseMs = leaseMs;
    this.retryLimit = options.retryLimit ?? QUEUE_DEFAULTS.retryLimit;
    this.retryDelayMs = options.retryDelayMs ?? QUEUE_DEFAULTS.retryDelayMs;
    this.keepFinishedMs = options.keepFinishedMs ?? QUEUE_DEFAULTS.keepFinishedMs;
    this.runnerLoop = new Runner(this.source(), {
      pollIntervalMs: options.pollIntervalMs ?? QUEUE_DEFAULTS.pollIntervalMs,
      heartbeatMs,
      onError: options.onError ?? ((error, c) => process.emitWarning(`job queue: ${c.operation} failed: ${error}`)),
      onJobFailed: options.onJobFailed,
    });
  }

  async start(): Promise<void> {
    this.runnerLoop.start();
  }

  async stop(options: StopOptions = {}): Promise<void> {
    await this.runnerLoop.stop(options.timeoutMs ?? 30_000);
  }

  async send(queue: string, payload: JobPayload, options: SendOptions = {}): Promise<string> {
    this.sentTo.add(queue);
    const now = isoTimestamp();
    const row = {
      queue,
      payload: JSON.stringify(payload),
      state: "queued" as const,
      max_attempts: retryLimitOf(options, this.retryLimit) + 1,
      run_after: options.startAfter ? isoTimestamp(options.startAfter) : now,
      locked_by: null,
      locked_until: null,
      singleton_key: options.singletonKey ?? null,
      last_error: null,
      created_at: now,
      finished_at: null,
    };
    const db = options.transaction ?? this.store.db;
    // A singleton send races other sends and the existing job finishing: insert-or-ignore against the
    // partial unique index, then read the holder of the key; if that job finished in between, try again.
    for (let round = 0; round < 5; round++) {
      const id = randomUUID();
      const inserted = await db
        .insertInto("jobs")
        .values({ ...row, id })
        .onConflict((oc) => oc.doNothing())
        .returning("id")
        .executeTakeFirst();
      if (inserted) {
        this.runnerLoop.wake(queue);
        return id;
      }
      const holder = await db
        .selectFrom("jobs")
        .select("id")
        .where("queue", "=", queue)
        .where("singleton_key", "=", row.singleton_key)
        .where("state", "in", ["queued", "active"])
        .executeTakeFirst();
      if (holder) return holder.id;
    }
    throw new Error(`could not queue a job on ${queue}: its singleton key kept changing hands`);
  }

  async work<P extends JobPayload>(queue: string, handler: JobHandler<P>, options: WorkOptions = {}): Promise<void> {
    this.runnerLoop.work(queue, handler, options.concurrency);
  }

  async getJob(id: string): Promise<JobInfo | undefined> {
    const row = await this.store.db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirst();
    return row && toInfo(row);
  }

  async hasUnfinished(queue: string, singletonKey: string): Promise<boolean> {
    const row = await this.store.db
      .selectFrom("jobs")
      .select("id")
      .where("queue", "=", queue)
      .where("singleton_key", "=", singletonKey)
      .where("state", "in", ["queued", "active"])
      .executeTakeFirst();
    return row !== undefined;
  }

  async waitForIdle(options: WaitOptions = {}): Promise<void> {
    await this.runnerLoop.waitForIdle(options.timeoutMs ?? 30_000);
  }

  async drain(options: WaitOptions = {}): Promise<void> {
    const queues = [...new Set([...this.sentTo, ...this.runnerLoop.workedQueues])];
    await this.runnerLoop.drain(queues, options.timeoutMs ?? 30_000);
  }

  /** Finished jobs are deleted once they are older than keepFinishedMs, checked every few minutes. */
  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await this.store.db
      .deleteFrom("jobs")
      .where("state", "in", ["completed", "failed"])
      .where("finished_at", "<", isoAfter(-this.keepFinishedMs))
      .execute();
  }

  private source(): JobSource<StoreJob> {
    const db = this.store.db;
    return {
      claim: async (queue) => {
        await this.pruneNowAndThen();
        const row = await claimJob(this.store, queue, this.leaseMs);
        if (!row) return undefined;
        return {
          id: row.id,
          queue: row.queue,
          payload: JSON.parse(row.payload) as JobPayload,
          attempt: row.attempts,
          lastAttempt: row.attempts >= row.max_attempts,
          token: row.locked_by as string,
          maxAttempts: row.max_attempts,
        };
      },
      // Every write is guarded by the claim token: a worker whose lease ran out and whose job was taken
      // over must not overwrite the new holder's outcome.
      complete: async (job) => {
        await db
          .updateTable("jobs")
          .set({
            state: "completed",
            finished_at: isoTimestamp(),
            locked_by: null,
            locked_until: null,
            last_error: null,
          })
          .where("id", "=", job.id)
          .where("locked_by", "=", job.token)
          .execute();
      },
      fail: async (job, message) => {
        const retry = job.attempt < job.maxAttempts;
        await db
          .updateTable("jobs")
          .set({
            state: retry ? "queued" : "failed",
            run_after: retry ? isoAfter(retryDelay(this.retryDelayMs, job.attempt)) : undefined,
            finished_at: retry ? null : isoTimestamp(),
            last_error: message,
            locked_by: null,
            locked_until: null,
          })
          .where("id", "=", job.id)
          .where("locked_by", "=", job.token)
          .execute();
      },
      renew: async (job) => {
        const result = await db
          .updateTable("jobs")
          .set({ locked_until: isoAfter(this.leaseMs) })
          .where("id", "=", job.id)
          .where("locked_by", "=", job.token)
          .where("state", "=", "active")
          .executeTakeFirst();
        return Number(result.numUpdatedRows) > 0;
      },
      unsettled: async (queues, scope) => {
        if (queues.length === 0) return 0;
        const now = isoTimestamp();
        const result = await db
          .selectFrom("jobs")
          .select((eb) => eb.fn.countAll<string | number>().as("n"))
          .where("queue", "in", queues)
          .where((eb) =>
            scope === "all"
              ? eb("state", "in", ["queued", "active"])
              : eb.or([
                  eb.and([eb("state", "=", "queued"), eb("run_after", "<=", now)]),
                  eb.and([eb("state", "=", "active"), eb("locked_until", "<", now)]),
                ]),
          )
          .executeTakeFirstOrThrow();
        return Number(result.n);
      },
    };
  }
}
