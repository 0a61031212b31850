import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Job, JobFailure, JobQueue, QueueOptions } from "../../src/jobs/queue.js";
import type { Store } from "../../src/store/open.js";

/** One queue instance, as one worker process would hold it, with the store it runs on. */
export interface QueueInstance {
  queue: JobQueue;
  store: Store;
  close(): Promise<void>;
}

/** What the contract needs from a runner under test. */
export interface ContractTarget {
  /** A new queue instance on the target's database; the contract starts and stops it. */
  open(options?: QueueOptions): Promise<QueueInstance>;
  /** The first retry delay `open` configures; the backoff assertions scale with it. */
  retryDelayMs: number;
  teardown(): Promise<void>;
}

/** A lease short enough for the dead-worker test to finish in a few seconds. */
const SHORT_LEASE_MS = 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/**
 * The behaviour every JobQueue must have, run against each runner: delivery and completion, exactly-once
 * effect with idempotent handlers under competing workers and retries, retry limits with backoff and a
 * stored message, singleton keys, delayed jobs, takeover of a dead worker's job (and never of a live one
 * that heartbeats), and concurrency.
 */
export function describeJobQueueContract(name: string, enabled: boolean, setup: () => Promise<ContractTarget>): void {
  describe.runIf(enabled)(`job queue contract: ${name}`, () => {
    let target: ContractTarget;
    const open: QueueInstance[] = [];

    async function instance(options: QueueOptions = {}): Promise<QueueInstance> {
      const created = await target.open(options);
      open.push(created);
      await created.queue.start();
      return created;
    }

    beforeAll(async () => {
      target = await setup();
      const probe = await target.open();
      await sql`create table effects (job_key text primary key)`.execute(probe.store.db);
      await probe.close();
    });
    afterEach(async () => {
      for (const { queue, close } of open.splice(0)) {
        await queue.stop({ timeoutMs: 0 });
        await close();
      }
    });
    afterAll(async () => {
      await target?.teardown();
    });

    it("handles every job sent and marks it completed", async () => {
      const { queue } = await instance();
      const handled: string[] = [];
      await queue.work("deliver", async (job) => {
        handled.push(job.id);
      });
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) ids.push(await queue.send("deliver", { n: i }));
      await queue.drain({ timeoutMs: 15_000 });
      expect([...handled].sort()).toEqual([...ids].sort());
      for (const id of ids) expect(await queue.getJob(id)).toMatchObject({ id, state: "completed", attempts: 1 });
      expect(await queue.getJob(ids[0] as string)).toMatchObject({ queue: "deliver", payload: { n: 0 } });
    });

    it("gives each job exactly one effect with an idempotent handler, across competing workers and retries", async () => {
      const first = await instance();
      const second = await instance();
      const calls: Job[] = [];
      // Every fifth job dies after its effect on the first attempt, as a worker would that crashed
      // between doing the work and recording it: the retry repeats the work, the effect stays single.
      const handler = async (job: Job) => {
        calls.push(job);
        const key = `effect-${job.payload.n}`;
        await sql`insert into effects (job_key) values (${key}) on conflict do nothing`.execute(first.store.db);
        if ((job.payload.n as number) % 5 === 0 && job.attempt === 1) throw new Error("lost before completion");
      };
      await first.queue.work("effect", handler, { concurrency: 3 });
      await second.queue.work("effect", handler, { concurrency: 3 });
      const ids: string[] = [];
      for (let n = 0; n < 40; n++) ids.push(await first.queue.send("effect", { n }));
      await first.queue.drain({ timeoutMs: 15_000 });
      const effects = await sql<{ n: string | number }>`
        select count(*) as n from effects where job_key like 'effect-%'`.execute(first.store.db);
      expect(Number(effects.rows[0]?.n)).toBe(40);
      // No job ran twice at the same time or twice without a failure: one call per job plus one per retry.
      expect(calls).toHaveLength(48);
      for (const id of ids) expect((await first.queue.getJob(id))?.state).toBe("completed");
    });

    it("retries a failing job with growing delays up to its limit, then fails it with the error message only", async () => {
      const told: JobFailure[] = [];
      const { queue } = await instance({ onJobFailed: (failure) => told.push(failure) });
      const attempts: { attempt: number; at: number }[] = [];
      const lastFlags: boolean[] = [];
      await queue.work("failing", async (job) => {
        attempts.push({ attempt: job.attempt, at: Date.now() });
        lastFlags.push(job.lastAttempt);
        throw new Error("source system unavailable");
      });
      const id = await queue.send("failing", { marker: "payload-marker" }, { retryLimit: 2 });
      await queue.drain({ timeoutMs: 15_000 });
      expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
      const [a, b, c] = attempts.map((x) => x.at) as [number, number, number];
      const tolerance = 50;
      expect(b - a).toBeGreaterThanOrEqual(target.retryDelayMs - tolerance);
      expect(c - b).toBeGreaterThanOrEqual(2 * target.retryDelayMs - tolerance);
      const job = await queue.getJob(id);
      expect(job).toMatchObject({ state: "failed", attempts: 3, lastError: "source system unavailable" });
      expect(job?.finishedAt).toEqual(expect.any(String));
      // Every failed attempt is reported, with the message only: never the payload.
      expect(told).toEqual(
        [1, 2, 3].map((attempt) => ({
          queue: "failing",
          jobId: id,
          attempt,
          final: attempt === 3,
          message: "source system unavailable",
        })),
      );
      expect(lastFlags).toEqual([false, false, true]);
    });

    it("keeps one unfinished job per singleton key, and takes the key again once that job is done", async () => {
      const { queue } = await instance();
      const first = await queue.send("single", { n: 1 }, { singletonKey: "request-1" });
      expect(await queue.send("single", { n: 2 }, { singletonKey: "request-1" })).toBe(first);
      const other = await queue.send("single", { n: 3 }, { singletonKey: "request-2" });
      expect(other).not.toBe(first);

      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const seen: unknown[] = [];
      await queue.work("single", async (job) => {
        seen.push(job.payload.n);
        if (job.id === first) await gate;
      });
      await until("the singleton job to run", async () => (await queue.getJob(first))?.state === "active");
      expect(await queue.send("single", { n: 4 }, { singletonKey: "request-1" })).toBe(first);
      release();
      await queue.drain({ timeoutMs: 15_000 });
      expect(seen.sort()).toEqual([1, 3]);

      const again = await queue.send("single", { n: 5 }, { singletonKey: "request-1" });
      expect(again).not.toBe(first);
      await queue.drain({ timeoutMs: 15_000 });
      expect(await queue.getJob(again)).toMatchObject({ state: "completed", payload: { n: 5 } });
    });

    it("queues a job sent in a store transaction only when that transaction commits", async () => {
      const { queue, store } = await instance();
      const rollback = new Error("rolled back on purpose");
      let lost: string | undefined;
      await expect(
        store.db.transaction().execute(async (trx) => {
          lost = await queue.send("in-trx", { n: 1 }, { transaction: trx });
          await queue.send("in-trx", { n: 2 }, { transaction: trx, singletonKey: "trx-key" });
          throw rollback;
        }),
      ).rejects.toBe(rollback);
      expect(await queue.getJob(lost!)).toBeUndefined();
      expect(await queue.hasUnfinished("in-trx", "trx-key")).toBe(false);

      const kept = await store.db
        .transaction()
        .execute((trx) => queue.send("in-trx", { n: 3 }, { transaction: trx, singletonKey: "trx-key" }));
      const seen: unknown[] = [];
      await queue.work("in-trx", async (job) => {
        seen.push(job.payload.n);
      });
      await queue.drain({ timeoutMs: 15_000 });
      expect(seen).toEqual([3]);
      expect(await queue.getJob(kept)).toMatchObject({ state: "completed" });
    });

    it("does not start a job before its startAfter", async () => {
      const { queue } = await instance();
      const handled = new Map<string, number>();
      await queue.work("delayed", async (job) => {
        handled.set(job.id, Date.now());
      });
      const startAfter = new Date(Date.now() + 1500);
      const later = await queue.send("delayed", {}, { startAfter });
      const now = await queue.send("delayed", {});
      await queue.waitForIdle({ timeoutMs: 10_000 });
      expect(handled.has(now)).toBe(true);
      expect((await queue.getJob(later))?.state).toBe("queued");
      await queue.drain({ timeoutMs: 15_000 });
      expect(handled.get(later)).toBeGreaterThanOrEqual(startAfter.getTime() - 50);
    });

    it("hands a job whose worker died mid-job to another worker once its lease runs out", async () => {
      const survivor = await instance({ leaseMs: SHORT_LEASE_MS });
      const doomed = await instance({ leaseMs: SHORT_LEASE_MS });
      let started = false;
      await doomed.queue.work("takeover", async () => {
        started = true;
        await new Promise(() => {}); // never finishes: the process "dies" below
      });
      const id = await survivor.queue.send("takeover", { step: "erase" });
      await until("the doomed worker to take the job", () => started);
      await doomed.queue.stop({ timeoutMs: 0 });

      const rescued: Job[] = [];
      await survivor.queue.work("takeover", async (job) => {
        rescued.push(job);
      });
      await survivor.queue.drain({ timeoutMs: 15_000 });
      expect(rescued.map((j) => [j.id, j.attempt])).toEqual([[id, 2]]);
      expect(await survivor.queue.getJob(id)).toMatchObject({ state: "completed", attempts: 2 });
    });

    it("fails a job whose worker died on its last allowed attempt instead of running it again", async () => {
      const survivor = await instance({ leaseMs: SHORT_LEASE_MS });
      const doomed = await instance({ leaseMs: SHORT_LEASE_MS });
      let started = false;
      await doomed.queue.work("last-chance", async () => {
        started = true;
        await new Promise(() => {});
      });
      const id = await survivor.queue.send("last-chance", {}, { retryLimit: 0 });
      await until("the doomed worker to take the job", () => started);
      await doomed.queue.stop({ timeoutMs: 0 });

      let reran = false;
      await survivor.queue.work("last-chance", async () => {
        reran = true;
      });
      await survivor.queue.drain({ timeoutMs: 15_000 });
      expect(reran).toBe(false);
      const job = await survivor.queue.getJob(id);
      expect(job).toMatchObject({ state: "failed", attempts: 1 });
      expect(job?.lastError).toEqual(expect.any(String));
    });

    it("takes a job over once its worker stops heartbeating, and not while the worker still beats", async () => {
      const survivor = await instance({ leaseMs: SHORT_LEASE_MS });
      const doomed = await instance({ leaseMs: SHORT_LEASE_MS });
      const runs: { by: string; attempt: number; afterKill: boolean }[] = [];
      let killed = false;
      await doomed.queue.work("heartbeat-stops", async (job) => {
        runs.push({ by: "doomed", attempt: job.attempt, afterKill: killed });
        await new Promise(() => {}); // never finishes: the process "dies" below
      });
      const id = await survivor.queue.send("heartbeat-stops", {});
      await until("the doomed worker to take the job", () => runs.length > 0);
      await survivor.queue.work("heartbeat-stops", async (job) => {
        runs.push({ by: "survivor", attempt: job.attempt, afterKill: killed });
      });
      // Alive for three leases, heartbeating, while the survivor looks for work all the time.
      await sleep(3 * SHORT_LEASE_MS);
      killed = true;
      // The kill: the heartbeat stops and nothing is completed or failed.
      await doomed.queue.stop({ timeoutMs: 0 });

      await survivor.queue.drain({ timeoutMs: 15_000 });
      expect(runs).toEqual([
        { by: "doomed", attempt: 1, afterKill: false },
        { by: "survivor", attempt: 2, afterKill: true },
      ]);
      expect(await survivor.queue.getJob(id)).toMatchObject({ state: "completed", attempts: 2 });
    });

    it("runs a live job that heartbeats past several lease lengths only once", async () => {
      const first = await instance({ leaseMs: SHORT_LEASE_MS });
      const second = await instance({ leaseMs: SHORT_LEASE_MS });
      const runs: Job[] = [];
      const long = async (job: Job) => {
        runs.push(job);
        await sleep(4 * SHORT_LEASE_MS);
      };
      await first.queue.work("long", long);
      await second.queue.work("long", long);
      const id = await first.queue.send("long", {});
      await first.queue.drain({ timeoutMs: 15_000 });
      expect(runs.map((j) => [j.id, j.attempt])).toEqual([[id, 1]]);
      expect(await first.queue.getJob(id)).toMatchObject({ state: "completed", attempts: 1, lastError: null });
    });

    it("runs up to `concurrency` jobs of one queue at the same time", async () => {
      const { queue } = await instance();
      let running = 0;
      let most = 0;
      await queue.work(
        "parallel",
        async () => {
          running++;
          most = Math.max(most, running);
          await sleep(300);
          running--;
        },
        { concurrency: 3 },
      );
      for (let i = 0; i < 6; i++) await queue.send("parallel", { i });
      await queue.drain({ timeoutMs: 15_000 });
      expect(most).toBe(3);
    });

    it("lets several workers start on new queues at the same moment", async () => {
      // Worker processes on several machines start together, and each creates the queues it works.
      const instances = await Promise.all([0, 1, 2, 3].map(() => target.open()));
      open.push(...instances);
      await Promise.all(instances.map((i) => i.queue.start()));
      const names = ["startup-a", "startup-b", "startup-c", "startup-d", "startup-e", "startup-f"];
      const handled = new Set<number>();
      await Promise.all(
        instances.flatMap(({ queue }) =>
          names.map((name) => queue.work(name, async (job) => void handled.add(job.payload.n as number))),
        ),
      );
      const first = instances[0] as QueueInstance;
      for (let n = 0; n < names.length; n++) await first.queue.send(names[n] as string, { n });
      await first.queue.drain({ timeoutMs: 15_000 });
      expect([...handled].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it("tells whether a singleton key still has an unfinished job", async () => {
      const { queue } = await instance();
      expect(await queue.hasUnfinished("keyed", "request-1")).toBe(false);
      await queue.send("keyed", { n: 1 }, { singletonKey: "request-1" });
      expect(await queue.hasUnfinished("keyed", "request-1")).toBe(true);
      expect(await queue.hasUnfinished("keyed", "request-2")).toBe(false);
      expect(await queue.hasUnfinished("other", "request-1")).toBe(false);
      await queue.work("keyed", async () => {});
      await queue.drain({ timeoutMs: 15_000 });
      expect(await queue.hasUnfinished("keyed", "request-1")).toBe(false);
      // A job that failed for good is finished too: nothing is left to pick the key up.
      await queue.work("keyed-failing", async () => {
        throw new Error("always");
      });
      await queue.send("keyed-failing", {}, { singletonKey: "request-3", retryLimit: 0 });
      await queue.drain({ timeoutMs: 15_000 });
      expect(await queue.hasUnfinished("keyed-failing", "request-3")).toBe(false);
    });

    it("knows no job it never queued", async () => {
      const { queue } = await instance();
      expect(await queue.getJob("00000000-0000-4000-8000-000000000000")).toBeUndefined();
    });
  });
}
