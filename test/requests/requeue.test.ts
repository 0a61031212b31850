import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { JobQueue } from "../../src/jobs/queue.js";
import { changeRequest } from "../../src/requests/change.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import {
  MAX_REQUEUES,
  requeueStranded,
  STRANDED_AFTER_MINUTES,
} from "../../src/requests/operations/requeue-stranded.js";
import { retryRequest } from "../../src/requests/operations/retry-request.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { PROCESS_QUEUE } from "../../src/requests/processing.js";
import { startHousekeeping } from "../../src/service/housekeeping.js";
import { describeEachStore } from "../helpers/stores.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";

/** The fixture's queue, except that sending fails, as it would with the queue's database unreachable. */
function unreachable(queue: JobQueue): JobQueue {
  return Object.create(queue, {
    send: {
      value: async () => {
        throw new Error("connect ECONNREFUSED");
      },
    },
  }) as JobQueue;
}

function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: "info" }, { write: (chunk: string) => void lines.push(JSON.parse(chunk)) });
  return { logger, lines };
}

await describeEachStore("requests whose hand-over to the workers failed", (store) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await lifecycleFixture({ store });
  });
  afterAll(async () => {
    await f?.close();
  });

  const jobsFor = async (requestId: string) =>
    await f.store.db
      .selectFrom("jobs")
      .select(["id", "state"])
      .where("queue", "=", PROCESS_QUEUE)
      .where("singleton_key", "=", requestId)
      .execute();

  const kinds = async (requestId: string) =>
    (
      await f.store.db
        .selectFrom("request_events")
        .select("kind")
        .where("request_id", "=", requestId)
        .orderBy("id")
        .execute()
    ).map((e) => e.kind);

  const later = () => f.clock.advance((STRANDED_AFTER_MINUTES + 1) * 60_000);

  async function verifiedWithoutJob(email: string) {
    const filed = await fileRequest(f.ctx, {
      type: "access",
      identities: [{ type: "email", value: email }],
      lang: "en",
    });
    const code = await f.codeFor(email, filed.statusToken);
    // The person's code is right; that the queue is down is not their problem.
    const answer = await verifyRequest({ ...f.ctx, queue: unreachable(f.queue) }, { ...filed, code });
    expect(answer).toEqual({ ok: true });
    return filed.requestId;
  }

  it("keeps the person's verification, notes the failure and leaves the request verified", async () => {
    const id = await verifiedWithoutJob(f.emails[0]!);
    const row = await f.store.db.selectFrom("requests").select("status").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.status).toBe("verified");
    expect(await kinds(id)).toContain("queue_failed");
    expect(await jobsFor(id)).toEqual([]);
  });

  it("queues it again once it has waited too long, and a worker completes it", async () => {
    const id = await verifiedWithoutJob(f.emails[1]!);
    // Too soon: a verification may still be queueing its own job.
    expect((await requeueStranded(f.ctx)).requeued).toBe(0);
    later();
    const outcome = await requeueStranded(f.ctx);
    expect(outcome.requeued).toBeGreaterThanOrEqual(1);
    expect(await jobsFor(id)).toEqual([{ id: expect.any(String), state: "queued" }]);
    expect((await kinds(id)).at(-1)).toBe("requeued");
    expect(await processRequest(f.ctx, id)).toEqual({ status: "completed" });
  });

  /** As after a job's last retry failed: the job is finished and the request still needs a worker. */
  const failJobs = (requestId: string) =>
    f.store.db.updateTable("jobs").set({ state: "failed" }).where("singleton_key", "=", requestId).execute();

  it("leaves a request alone while its job waits, and gives up after a few jobs that failed", async () => {
    const id = await verifiedWithoutJob(f.emails[2]!);
    later();
    await requeueStranded(f.ctx);
    expect(await jobsFor(id)).toHaveLength(1);
    // Its job is waiting: later sweeps neither queue another nor write anything.
    const events = (await kinds(id)).length;
    later();
    await requeueStranded(f.ctx);
    expect(await jobsFor(id)).toHaveLength(1);
    expect(await kinds(id)).toHaveLength(events);
    for (let sweep = 2; sweep <= MAX_REQUEUES; sweep++) {
      await failJobs(id);
      later();
      await requeueStranded(f.ctx);
    }
    await failJobs(id);
    later();
    const outcome = await requeueStranded(f.ctx);
    expect(outcome.givenUp).toBeGreaterThanOrEqual(1);
    expect((await kinds(id)).filter((k) => k === "requeued")).toHaveLength(MAX_REQUEUES);
    expect((await jobsFor(id)).filter((j) => j.state === "queued")).toEqual([]);
  });

  it("queues a request left half-done, whose job failed for good, and a worker finishes it", async () => {
    const id = await verifiedWithoutJob(f.emails[7]!);
    // A worker started it and its job then ran out of retries.
    await changeRequest(f.ctx, id, { actor: "worker", kind: "start", event: "start" });
    later();
    await requeueStranded(f.ctx);
    expect((await kinds(id)).at(-1)).toBe("requeued");
    expect((await jobsFor(id)).map((j) => j.state)).toEqual(["queued"]);
    expect(await processRequest(f.ctx, id)).toEqual({ status: "completed" });
  });

  it("lets the officer run a given-up request again, after which the sweep counts its tries afresh", async () => {
    const id = await verifiedWithoutJob(f.emails[4]!);
    for (let sweep = 0; sweep <= MAX_REQUEUES; sweep++) {
      await failJobs(id);
      later();
      await requeueStranded(f.ctx);
    }
    expect((await kinds(id)).filter((k) => k === "requeued")).toHaveLength(MAX_REQUEUES);
    await failJobs(id);
    await retryRequest(f.ctx, { requestId: id, actor: "user:officer" });
    expect((await kinds(id)).at(-1)).toBe("retried");
    expect((await jobsFor(id)).filter((j) => j.state === "queued")).toHaveLength(1);
    await failJobs(id);
    later();
    await requeueStranded(f.ctx);
    expect((await kinds(id)).at(-1)).toBe("requeued");
    // A request that needs no worker cannot be run again.
    await processRequest(f.ctx, id);
    await expect(retryRequest(f.ctx, { requestId: id, actor: "user:officer" })).rejects.toMatchObject({
      code: "not-waiting",
    });
  });

  it("queues a request once when two processes sweep at the same moment", async () => {
    const id = await verifiedWithoutJob(f.emails[6]!);
    later();
    const outcomes = await Promise.all([requeueStranded(f.ctx), requeueStranded(f.ctx)]);
    expect(outcomes.map((o) => o.requeued).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(1);
    expect((await kinds(id)).filter((k) => k === "requeued")).toHaveLength(1);
    expect(await jobsFor(id)).toHaveLength(1);
  });

  it("runs as housekeeping that logs counts, never ids or addresses", async () => {
    const email = f.emails[3]!;
    const id = await verifiedWithoutJob(email);
    later();
    const { logger, lines } = memoryLogger();
    // The first pass starts by itself; stop waits for it.
    const housekeeping = startHousekeeping(f.ctx, logger, { everyMs: 60 * 60_000 });
    await housekeeping.stop();
    expect(lines.filter((l) => l.msg === "queued stranded requests again")).toEqual([
      expect.objectContaining({ level: 40, requests: expect.any(Number) }),
    ]);
    expect(await jobsFor(id)).toHaveLength(1);
    const text = JSON.stringify(lines);
    expect(text).not.toContain(email);
    expect(text).not.toContain(id);
  });
});
