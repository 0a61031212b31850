import { CompiledQuery, type Kysely, sql, type Transaction } from "kysely";
import PgBoss from "pg-boss";
import type { JobState, Store, StoreSchema } from "../store/index.js";
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
import { leaseTiming } from "./lease.js";
import { type JobSource, Runner } from "./runner.js";

/** A fetched job with the attempt it is: pg-boss counts retry_count up at every fetch of the job. */
interface BossJob extends Job {
  retryCount: number;
}

/** The schema pg-boss creates and migrates its tables in. */
const SCHEMA = "pgboss";
/** Deadlock and unique violation: what a concurrent create_queue of the same queue can raise. */
const RETRYABLE_CREATE = new Set(["40P01", "23505"]);
const CREATE_ATTEMPTS = 12;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** pg-boss's maintenance and migrations send `BEGIN; ...; COMMIT` as one multi-statement string. */
const OPENS_TRANSACTION = /^\s*BEGIN\s*;/i;

/**
 * pg-boss runs its SQL through the store's pool (or a transaction of it): one pool per process.
 *
 * When a statement inside one of pg-boss's `BEGIN; ...; COMMIT` strings fails (a deadlock between two
 * workers' maintenance, a lock timeout), PostgreSQL skips the rest, COMMIT included, and the connection
 * goes back to the pool inside an aborted transaction, where every later query fails. Such strings run
 * on a connection of their own that is rolled back on error before it is released.
 */
function executor(db: Kysely<StoreSchema>): PgBoss.Db {
  const query = CompiledQuery.raw;
  return {
    executeSql: async (text, values) => {
      if (db.isTransaction || !OPENS_TRANSACTION.test(text)) {
        const result = await db.executeQuery(query(text, values ?? []));
        return { rows: result.rows as unknown[] as never[] };
      }
      return await db.connection().execute(async (connection) => {
        try {
          const result = await connection.executeQuery(query(text, values ?? []));
          return { rows: result.rows as unknown[] as never[] };
        } catch (error) {
          await connection.executeQuery(query("ROLLBACK")).catch(() => undefined);
          throw error;
        }
      });
    },
  };
}

const STATES: Record<string, JobState> = {
  created: "queued",
  retry: "queued",
  active: "active",
  completed: "completed",
  cancelled: "failed",
  failed: "failed",
};

function errorOf(output: unknown): string | null {
  if (!output || typeof output !== "object") return null;
  const record = output as { message?: unknown; value?: { message?: unknown } };
  const message = record.message ?? record.value?.message;
  return typeof message === "string" ? message : null;
}

function toInfo(job: PgBoss.JobWithMetadata<JobPayload>): JobInfo {
  const state = STATES[job.state] ?? "failed";
  return {
    id: job.id,
    queue: job.name,
    state,
    payload: job.data,
    attempts: job.startedOn ? job.retryCount + 1 : 0,
    lastError: state === "completed" ? null : errorOf(job.output),
    createdAt: job.createdOn.toISOString(),
    finishedAt: job.completedOn && (state === "completed" || state === "failed") ? job.completedOn.toISOString() : null,
  };
}

/**
 * The job queue on pg-boss 10, for PostgreSQL with several `waarborg worker` processes. pg-boss owns
 * storage, SKIP LOCKED claims and retries with exponential backoff. A job holds a lease (pg-boss's
 * expiry) that the runner's heartbeat extends while the handler runs; once a dead worker stops
 * renewing it, the next claim returns the job to the queue. This class keeps the shared runner loop
 * (runner.ts) on top of pg-boss's fetch, complete and fail, so concurrency, heartbeats, shutdown and
 * idle detection match the in-process runner.
 */
export class PgBossQueue implements JobQueue {
  readonly runner = "pg-boss" as const;
  private readonly boss: PgBoss;
  private readonly runnerLoop: Runner<BossJob>;
  private readonly leaseSeconds: number;
  private readonly reclaimEveryMs: number;
  private readonly lastReclaim = new Map<string, number>();
  private readonly created = new Map<string, Promise<void>>();
  private readonly sentTo = new Set<string>();
  private readonly expireInSeconds: number;
  private readonly retryLimit: number;
  private readonly retryDelaySeconds: number;

  constructor(
    private readonly store: Store,
    options: QueueOptions = {},
  ) {
    if (!store.dialect.pgBoss) throw new Error("pg-boss needs a PostgreSQL store");
    const onError =
      options.onError ?? ((error, c) => process.emitWarning(`job queue: ${c.operation} failed: ${error}`));
    const { leaseMs, heartbeatMs } = leaseTiming(options);
    this.leaseSeconds = leaseMs / 1000;
    // pg-boss keeps a job's first expiry in whole seconds; heartbeats then extend it to the millisecond.
    this.expireInSeconds = Math.max(1, Math.ceil(leaseMs / 1000));
    this.reclaimEveryMs = options.pollIntervalMs ?? QUEUE_DEFAULTS.pollIntervalMs;
    this.retryLimit = options.retryLimit ?? QUEUE_DEFAULTS.retryLimit;
    // pg-boss counts retry delays in whole seconds, at least one when backing off.
    this.retryDelaySeconds = Math.max(1, Math.round((options.retryDelayMs ?? QUEUE_DEFAULTS.retryDelayMs) / 1000));
    this.boss = new PgBoss({
      db: executor(store.db),
      schema: SCHEMA,
      // Maintenance fails a dead worker's job that was on its last attempt (other ones are taken back
      // by the claim, see reclaimExpired); run it often enough that this takes about one lease.
      supervise: true,
      maintenanceIntervalSeconds: Math.min(120, Math.max(1, Math.round(this.expireInSeconds / 4))),
      // pg-boss archives finished jobs after 12 hours and deletes them this long after that.
      deleteAfterSeconds: Math.max(1, Math.round((options.keepFinishedMs ?? QUEUE_DEFAULTS.keepFinishedMs) / 1000)),
      // No cron schedules are used; the clock-skew monitor that comes with them is not needed.
      schedule: false,
    });
    this.boss.on("error", (error) => onError(error, { operation: "pg-boss" }));
    this.runnerLoop = new Runner(this.source(), {
      pollIntervalMs: options.pollIntervalMs ?? QUEUE_DEFAULTS.pollIntervalMs,
      heartbeatMs,
      onError,
      onJobFailed: options.onJobFailed,
    });
  }

  async start(): Promise<void> {
    await this.boss.start();
    this.runnerLoop.start();
  }

  async stop(options: StopOptions = {}): Promise<void> {
    await this.runnerLoop.stop(options.timeoutMs ?? 30_000);
    // pg-boss only fails jobs of its own work() loops on stop; ours are left to their expiry, as after a crash.
    await this.boss.stop({ graceful: false, close: false });
  }

  async send(queue: string, payload: JobPayload, options: SendOptions = {}): Promise<string> {
    await this.ensureQueue(queue);
    this.sentTo.add(queue);
    const bossOptions: PgBoss.SendOptions = {
      retryLimit: retryLimitOf(options, this.retryLimit),
      retryDelay: this.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.expireInSeconds,
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    };
    const key = options.singletonKey;
    const inside = options.transaction;
    const id =
      key === undefined
        ? await this.boss.send(queue, payload, inside ? { ...bossOptions, db: executor(inside) } : bossOptions)
        : inside
          ? await this.sendOnceIn(inside, queue, key, payload, bossOptions)
          : await this.store.db.transaction().execute((trx) => this.sendOnceIn(trx, queue, key, payload, bossOptions));
    if (!id) throw new Error(`pg-boss did not queue the job on ${queue}`);
    this.runnerLoop.wake(queue);
    return id;
  }

  /**
   * pg-boss's singleton policies each cover only some states (one created, or one active), not "one
   * unfinished job per key". So: in one transaction, take an advisory lock on (queue, key), look for an
   * unfinished job with the key, and insert through pg-boss in the same transaction only if there is none.
   * The transaction is the caller's when it sends as part of its own (SendOptions.transaction).
   */
  private async sendOnceIn(
    trx: Transaction<StoreSchema>,
    queue: string,
    key: string,
    payload: JobPayload,
    options: PgBoss.SendOptions,
  ) {
    await sql`select pg_advisory_xact_lock(hashtext(${queue}), hashtext(${key}))`.execute(trx);
    const holder = await sql<{ id: string }>`
      select id from ${sql.table(`${SCHEMA}.job`)}
      where name = ${queue} and singleton_key = ${key} and state < 'completed' limit 1`.execute(trx);
    if (holder.rows[0]) return holder.rows[0].id;
    return await this.boss.send(queue, payload, { ...options, singletonKey: key, db: executor(trx) });
  }

  async work<P extends JobPayload>(queue: string, handler: JobHandler<P>, options: WorkOptions = {}): Promise<void> {
    await this.ensureQueue(queue);
    this.runnerLoop.work(queue, handler, options.concurrency);
  }

  async getJob(id: string): Promise<JobInfo | undefined> {
    if (!UUID.test(id)) return undefined;
    const found = await sql<{ name: string }>`
      select name from ${sql.table(`${SCHEMA}.job`)} where id = ${id}::uuid
      union all select name from ${sql.table(`${SCHEMA}.archive`)} where id = ${id}::uuid limit 1`.execute(
      this.store.db,
    );
    const name = found.rows[0]?.name;
    if (!name) return undefined;
    const job = await this.boss.getJobById<JobPayload>(name, id, { includeArchive: true });
    return job ? toInfo(job) : undefined;
  }

  async hasUnfinished(queue: string, singletonKey: string): Promise<boolean> {
    const found = await sql<{ id: string }>`
      select id from ${sql.table(`${SCHEMA}.job`)}
      where name = ${queue} and singleton_key = ${singletonKey} and state < 'completed' limit 1`.execute(this.store.db);
    return found.rows.length > 0;
  }

  async waitForIdle(options: WaitOptions = {}): Promise<void> {
    await this.runnerLoop.waitForIdle(options.timeoutMs ?? 30_000);
  }

  async drain(options: WaitOptions = {}): Promise<void> {
    const queues = [...new Set([...this.sentTo, ...this.runnerLoop.workedQueues])];
    await this.runnerLoop.drain(queues, options.timeoutMs ?? 30_000);
  }

  /** pg-boss 10 refuses send and fetch on a queue it has not created; creating is idempotent. */
  private ensureQueue(queue: string): Promise<void> {
    let creation = this.created.get(queue);
    if (!creation) {
      creation = this.createQueue(queue);
      creation.catch(() => this.created.delete(queue));
      this.created.set(queue, creation);
    }
    return creation;
  }

  /**
   * Workers on several machines start together and each creates the queues it works. pg-boss's
   * create_queue inserts the queue row and then builds its partition table; two processes doing that
   * at once can deadlock, and PostgreSQL aborts one of them. The aborted one retries and finds the
   * queue the other created.
   */
  private async createQueue(queue: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        if (await this.boss.getQueue(queue)) return;
        await this.boss.createQueue(queue, { name: queue, policy: "standard" });
        return;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (!RETRYABLE_CREATE.has(String(code)) || attempt >= CREATE_ATTEMPTS) throw error;
        // Growing, jittered waits: on a loaded machine several creators keep colliding at a fixed pace.
        const ceiling = Math.min(1_000, 25 * 2 ** attempt);
        await new Promise((resolve) => setTimeout(resolve, ceiling / 2 + Math.random() * (ceiling / 2)));
      }
    }
  }

  /**
   * A job whose lease ran out (its worker died and stopped renewing) goes back to the queue at once.
   * pg-boss's own expiry waits for maintenance and then for a retry delay, as if the handler had
   * failed; a crash is no failure of the job, and waiting both would put takeover near a minute after
   * the lease. Jobs on their last attempt are left to maintenance, which fails them with a message.
   * Checked at most once per poll interval per queue, so a busy worker does not pay it on every claim.
   */
  private async reclaimExpired(queue: string): Promise<void> {
    const now = Date.now();
    if (now - (this.lastReclaim.get(queue) ?? 0) < this.reclaimEveryMs) return;
    this.lastReclaim.set(queue, now);
    await sql`
      update ${sql.table(`${SCHEMA}.job`)} set state = 'retry', start_after = now()
      where name = ${queue} and state = 'active' and started_on + expire_in < now()
        and retry_count < retry_limit`.execute(this.store.db);
  }

  private source(): JobSource<BossJob> {
    return {
      claim: async (queue) => {
        await this.reclaimExpired(queue);
        const [job] = await this.boss.fetch<JobPayload>(queue, { batchSize: 1, includeMetadata: true });
        if (!job) return undefined;
        return {
          id: job.id,
          queue: job.name,
          payload: job.data,
          attempt: job.retryCount + 1,
          lastAttempt: job.retryCount >= job.retryLimit,
          retryCount: job.retryCount,
        };
      },
      // The heartbeat: the job expires one lease from now. retry_count tells this attempt from a later
      // one, so a worker whose job was taken over does not extend the new holder's lease.
      renew: async (job) => {
        const renewed = await sql`
          update ${sql.table(`${SCHEMA}.job`)}
          set expire_in = (now() - started_on) + make_interval(secs => ${this.leaseSeconds})
          where name = ${job.queue} and id = ${job.id}::uuid and state = 'active'
            and retry_count = ${job.retryCount}`.execute(this.store.db);
        return Number(renewed.numAffectedRows ?? 0) > 0;
      },
      complete: async (job) => {
        await this.boss.complete(job.queue, job.id);
      },
      // Only the message goes into pg-boss's output column: no stack, no payload.
      fail: async (job, message) => {
        await this.boss.fail(job.queue, job.id, { message });
      },
      unsettled: async (queues, scope) => {
        if (queues.length === 0) return 0;
        const table = sql.table(`${SCHEMA}.job`);
        const names = sql.join(queues.map((q) => sql`${q}`));
        const result =
          scope === "all"
            ? await sql<{ n: string }>`
                select count(*) as n from ${table} where name in (${names}) and state < 'completed'`.execute(
                this.store.db,
              )
            : await sql<{ n: string }>`
                select count(*) as n from ${table} where name in (${names}) and (
                  (state in ('created', 'retry') and start_after < now())
                  or (state = 'active' and started_on + expire_in < now()))`.execute(this.store.db);
        return Number(result.rows[0]?.n ?? 0);
      },
    };
  }
}
