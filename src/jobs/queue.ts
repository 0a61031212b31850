import type { Transaction } from "kysely";
import type { JobState, StoreSchema } from "../store/index.js";

/**
 * The job queue every part of the service uses to run work in the background. Two runners implement
 * it: StoreQueue (in-process, on the store's `jobs` table: the embedded default) and PgBossQueue
 * (pg-boss on PostgreSQL, for several `waarborg worker` processes). One contract test suite holds both
 * to the same behaviour.
 *
 * Delivery is at least once, not exactly once: a worker can die after its handler changed the world
 * but before the queue recorded the job as done, and then the job runs again. Exactly-once *effect*
 * therefore rests on the handlers:
 *
 *   EVERY HANDLER MUST BE IDEMPOTENT: running it twice for the same job leaves the same state as
 *   running it once (insert-or-ignore on a natural key, "set status to X where status is Y", erasure
 *   that masks what is still unmasked).
 *
 * Payloads and error messages are stored unencrypted: payloads carry ids (a request id, never the
 * request's identities), and handlers throw errors whose messages hold no personal data.
 */

/** A job's input: a JSON object of ids and flags. */
export type JobPayload = Record<string, unknown>;

export interface SendOptions {
  /**
   * At most one unfinished job per key and queue: a send while a job with this key is queued or active
   * returns that job's id and adds nothing. Once the job has finished, the key can be sent again.
   */
  singletonKey?: string;
  /** Retries after the first attempt before the job is marked failed (the queue's default when absent). */
  retryLimit?: number;
  /** Not before this instant. */
  startAfter?: Date;
  /**
   * Queue the job as part of this store transaction: it exists only if the transaction commits, so
   * work filed together with its job is never left without it, nor the job without its work. A worker
   * in this process may look before the commit and miss it; it then finds it at its next poll.
   */
  transaction?: Transaction<StoreSchema>;
}

export interface Job<P extends JobPayload = JobPayload> {
  id: string;
  queue: string;
  payload: P;
  /** 1 on the first run; higher on retries and after a worker died holding the job. */
  attempt: number;
  /** No retry follows: if this run fails, the job fails for good. */
  lastAttempt: boolean;
}

/** Resolves when the work is done; throws to have the job retried (or failed, once out of retries). */
export type JobHandler<P extends JobPayload = JobPayload> = (job: Job<P>) => Promise<void>;

export interface WorkOptions {
  /** Jobs of this queue this process runs at the same time (1 unless given). */
  concurrency?: number;
}

/** What the queue knows about one job, the same for both runners. */
export interface JobInfo {
  id: string;
  queue: string;
  state: JobState;
  payload: JobPayload;
  /** Runs started so far, including one whose worker died. */
  attempts: number;
  /** The message of the last failure, when there was one and the job did not complete since. */
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface StopOptions {
  /**
   * How long to wait for running handlers (default 30 s). Jobs still running then are abandoned, as if
   * the process had died: their lease runs out and another worker takes them over.
   */
  timeoutMs?: number;
}

export interface WaitOptions {
  /** Give up with an error after this long (default 30 s). */
  timeoutMs?: number;
}

export interface JobQueue {
  /** Which implementation runs the jobs, for logs and the admin console. */
  readonly runner: "store" | "pg-boss";
  start(): Promise<void>;
  /** Stops taking jobs and waits for running ones (see StopOptions); does not close the store. */
  stop(options?: StopOptions): Promise<void>;
  /** Queues a job and returns its id. */
  send(queue: string, payload: JobPayload, options?: SendOptions): Promise<string>;
  /** Runs `handler` for every job of `queue`, in this process, until stop(). */
  work<P extends JobPayload>(queue: string, handler: JobHandler<P>, options?: WorkOptions): Promise<void>;
  getJob(id: string): Promise<JobInfo | undefined>;
  /** Whether a job of `queue` sent with this singleton key is still waiting, retrying or running. */
  hasUnfinished(queue: string, singletonKey: string): Promise<boolean>;
  /** Resolves once this process runs no handler and no job of the queues it works is due: for tests. */
  waitForIdle(options?: WaitOptions): Promise<void>;
  /**
   * Resolves once every job of the queues this instance sends to or works is finished, including
   * delayed jobs and retries still waiting for their backoff: for tests and orderly shutdowns.
   */
  drain(options?: WaitOptions): Promise<void>;
}

/** Options both runners share. Tests shorten the times; production keeps the defaults. */
export interface QueueOptions {
  /** How often an idle worker looks for new jobs (a send in the same process wakes it at once). */
  pollIntervalMs?: number;
  /**
   * How long a claimed job stays reserved for its worker without renewal: how soon the job of a worker
   * that died is taken over (default 30 s, lease.ts). Both runners renew the lease while the handler
   * runs, so a live job of any length keeps it.
   */
  leaseMs?: number;
  /** How often a running job renews its lease (default a third of the lease; at most half of it). */
  heartbeatMs?: number;
  /** Retries after the first attempt, unless a send says otherwise (default 3). */
  retryLimit?: number;
  /** The first retry's delay; each further retry waits twice as long (default 10 s). */
  retryDelayMs?: number;
  /** How long finished jobs stay readable by getJob before they are deleted (default 7 days). */
  keepFinishedMs?: number;
  /** Told about failures of the queue itself (not of handlers), e.g. a lost database connection. */
  onError?: (error: unknown, context: QueueErrorContext) => void;
  /**
   * Told about every failed attempt of a handler, before it is retried or failed for good, so an
   * operator sees a job that keeps failing. The message is the handler's error message only.
   */
  onJobFailed?: (failure: JobFailure) => void;
}

/** What a queue failure is about: ids and names only, never a payload. */
export interface QueueErrorContext {
  operation: string;
  queue?: string;
  job?: string;
}

export interface JobFailure {
  queue: string;
  jobId: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** The job failed for good: no retry follows. */
  final: boolean;
  message: string;
}

export const QUEUE_DEFAULTS = {
  pollIntervalMs: 1000,
  retryLimit: 3,
  retryDelayMs: 10_000,
  keepFinishedMs: 7 * 24 * 60 * 60_000,
} as const;

/** The message stored for a failed attempt: only the message, never a stack or the payload. */
export function failureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 1000 ? `${message.slice(0, 1000)}…` : message;
}

/** The number of retries a send asks for, checked the same way for both runners. */
export function retryLimitOf(options: SendOptions, fallback: number): number {
  const limit = options.retryLimit ?? fallback;
  if (!Number.isInteger(limit) || limit < 0) throw new Error("retryLimit must be a whole number, 0 or more");
  return limit;
}
