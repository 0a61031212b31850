import {
  failureMessage,
  type Job,
  type JobFailure,
  type JobHandler,
  type JobPayload,
  type QueueErrorContext,
} from "./queue.js";

/**
 * Where the runner gets its jobs: the store's `jobs` table or pg-boss. Both queues share this runner,
 * so polling, concurrency, lease renewal, shutdown and idle detection behave the same on both, and the
 * contract suite tests one loop rather than two.
 */
export interface JobSource<C extends Job> {
  /** Atomically takes the next due job of `queue` for this worker, or nothing. */
  claim(queue: string): Promise<C | undefined>;
  complete(job: C): Promise<void>;
  /** Records a failed attempt: retried later with backoff, or failed for good once out of retries. */
  fail(job: C, message: string): Promise<void>;
  /** Extends the claim by one lease while the handler runs (the heartbeat); false when the claim was lost. */
  renew(job: C): Promise<boolean>;
  /** Jobs of these queues not finished ("all"), or waiting and runnable now ("due"). */
  unsettled(queues: readonly string[], scope: "all" | "due"): Promise<number>;
}

interface Flight {
  /** The run's outcome is no longer this process's to record: it stopped waiting, or lost the claim. */
  abandoned: boolean;
  /** The handler is still running, so the heartbeat goes on. */
  running: boolean;
  heartbeat?: NodeJS.Timeout;
}

export interface RunnerOptions {
  pollIntervalMs: number;
  /** How often a running job renews its claim (JobSource.renew). */
  heartbeatMs: number;
  onError: (error: unknown, context: QueueErrorContext) => void;
  onJobFailed?: (failure: JobFailure) => void;
}

const WAIT_STEP_MS = 25;

export class Runner<C extends Job> {
  private started = false;
  private stopping = false;
  private readonly loops: Promise<void>[] = [];
  private readonly flights = new Set<Flight>();
  private readonly sleepers = new Map<string, Set<() => void>>();
  private readonly worked = new Set<string>();
  /** Claims in progress, and a counter of claims ever started: idle detection must not miss one. */
  private claiming = 0;
  private claimsStarted = 0;

  constructor(
    private readonly source: JobSource<C>,
    private readonly options: RunnerOptions,
  ) {}

  get workedQueues(): readonly string[] {
    return [...this.worked];
  }

  start(): void {
    this.started = true;
  }

  work<P extends JobPayload>(queue: string, handler: JobHandler<P>, concurrency = 1): void {
    if (!this.started) throw new Error("start the job queue before registering workers");
    if (this.stopping) throw new Error("the job queue is stopping: no new workers");
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error("concurrency must be a positive integer");
    this.worked.add(queue);
    for (let i = 0; i < concurrency; i++) this.loops.push(this.loop(queue, handler as unknown as JobHandler));
  }

  /** A job was sent in this process: idle workers of that queue look now instead of at the next poll. */
  wake(queue: string): void {
    for (const resolve of this.sleepers.get(queue) ?? []) resolve();
  }

  async stop(timeoutMs: number): Promise<void> {
    this.stopping = true;
    for (const queue of this.sleepers.keys()) this.wake(queue);
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      Promise.all(this.loops).then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (finished) return;
    // Handlers that outlived the grace period: forget them without completing or failing their jobs,
    // exactly as if this process had died. The lease (or pg-boss's expiry) brings the jobs back.
    for (const flight of this.flights) {
      flight.abandoned = true;
      flight.running = false;
      clearTimeout(flight.heartbeat);
    }
    this.flights.clear();
  }

  async waitForIdle(timeoutMs: number): Promise<void> {
    await this.waitUntil(timeoutMs, "jobs are still running", async () => {
      if (this.claiming > 0 || this.flights.size > 0) return false;
      const before = this.claimsStarted;
      const due = await this.source.unsettled(this.workedQueues, "due");
      return due === 0 && before === this.claimsStarted && this.claiming === 0 && this.flights.size === 0;
    });
  }

  async drain(queues: readonly string[], timeoutMs: number): Promise<void> {
    await this.waitUntil(timeoutMs, "jobs are still unfinished", async () => {
      return (await this.source.unsettled(queues, "all")) === 0;
    });
  }

  private async waitUntil(timeoutMs: number, what: string, done: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error(`${what} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    }
  }

  private async loop(queue: string, handler: JobHandler): Promise<void> {
    while (!this.stopping) {
      let job: C | undefined;
      this.claiming++;
      this.claimsStarted++;
      try {
        job = await this.source.claim(queue);
      } catch (error) {
        this.options.onError(error, { operation: "claim", queue });
      } finally {
        this.claiming--;
      }
      if (job) await this.run(job, handler);
      else await this.sleep(queue);
    }
  }

  private async run(job: C, handler: JobHandler): Promise<void> {
    const flight: Flight = { abandoned: false, running: true };
    this.flights.add(flight);
    this.beat(flight, job);
    let failure: string | undefined;
    try {
      await handler(job);
    } catch (error) {
      failure = failureMessage(error);
    }
    flight.running = false;
    clearTimeout(flight.heartbeat);
    try {
      if (flight.abandoned) return;
      if (failure !== undefined)
        this.options.onJobFailed?.({
          queue: job.queue,
          jobId: job.id,
          attempt: job.attempt,
          final: job.lastAttempt,
          message: failure,
        });
      if (failure === undefined) await this.source.complete(job);
      else await this.source.fail(job, failure);
    } catch (error) {
      // The job stays claimed until its lease runs out and then runs again: at least once, never lost.
      this.options.onError(error, { operation: failure === undefined ? "complete" : "fail", queue: job.queue });
    } finally {
      this.flights.delete(flight);
    }
  }

  /**
   * Renews the claim every heartbeat while the handler runs. The next beat is set only once the last
   * one is answered, so a store that hangs does not pile up renewals.
   */
  private beat(flight: Flight, job: C): void {
    flight.heartbeat = setTimeout(async () => {
      await this.renew(flight, job);
      if (flight.running && !flight.abandoned) this.beat(flight, job);
    }, this.options.heartbeatMs);
  }

  /**
   * A failed renewal (the store is down) is reported and the heartbeat goes on: the claim holds for
   * the rest of its lease, and a later beat may still reach the store. A renewal that finds the claim
   * gone means another worker took the job over; this run's outcome is then not recorded over theirs.
   */
  private async renew(flight: Flight, job: C): Promise<void> {
    try {
      if (await this.source.renew(job)) return;
      if (!flight.running) return;
      flight.abandoned = true;
      this.options.onError(new Error("the job's lease ran out and another worker may hold it now"), {
        operation: "heartbeat",
        queue: job.queue,
        job: job.id,
      });
    } catch (error) {
      this.options.onError(error, { operation: "heartbeat", queue: job.queue, job: job.id });
    }
  }

  private sleep(queue: string): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.sleepers.get(queue) ?? new Set<() => void>();
      this.sleepers.set(queue, waiters);
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.options.pollIntervalMs);
      waiters.add(done);
      if (this.stopping) done();
    });
  }
}
