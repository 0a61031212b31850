import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retryDelay } from "../../src/jobs/backoff.js";
import { createQueue } from "../../src/jobs/create.js";
import { type JobHandlers, registerHandlers } from "../../src/jobs/handlers.js";
import { startWorker, WorkerStartError } from "../../src/jobs/worker.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";
import { createTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { openTestStore, storeUnderTest } from "../helpers/stores.js";

const postgresStore = await storeUnderTest("postgres");

/** A pino logger whose lines land in an array, parsed. */
function memoryLogger(): { logger: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ name: "test" }, stream), lines };
}

describe("the worker", () => {
  let database: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    store = await openStore({ url: database.url });
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it("refuses to start on a store that still needs migrations", async () => {
    const { logger, lines } = memoryLogger();
    const start = startWorker({ store, handlers: {}, logger });
    await expect(start).rejects.toThrow(WorkerStartError);
    await expect(start).rejects.toThrow(/0001_initial.*waarborg migrate/);
    expect(lines).toEqual([]);
  });

  it("registers every handler, logs ready without payloads, runs jobs and stops", async () => {
    await migrateToLatest(store);
    const { logger, lines } = memoryLogger();
    const seen: unknown[] = [];
    const handlers: JobHandlers = {
      "zeta-sweep": { handle: async (job) => void seen.push(["zeta", job.payload.n]) },
      "alpha-mail": { handle: async (job) => void seen.push(["alpha", job.payload.n]), options: { concurrency: 2 } },
    };
    const worker = await startWorker({ store, handlers, logger, queue: { pollIntervalMs: 20 } });
    expect(worker.queues).toEqual(["alpha-mail", "zeta-sweep"]);
    expect(lines).toEqual([
      expect.objectContaining({ msg: "worker ready", runner: "store", dialect: "sqlite", queues: worker.queues }),
    ]);

    await worker.queue.send("alpha-mail", { n: 1, email: "person@example.nl" });
    await worker.queue.send("zeta-sweep", { n: 2 });
    await worker.queue.drain({ timeoutMs: 10_000 });
    expect(seen.sort()).toEqual([
      ["alpha", 1],
      ["zeta", 2],
    ]);
    await worker.stop();
    expect(lines.at(-1)).toMatchObject({ msg: "worker stopped" });
    expect(JSON.stringify(lines)).not.toContain("person@example.nl");
  });

  it("logs each failed attempt with its queue, job and attempt, never its payload", async () => {
    const { logger, lines } = memoryLogger();
    const handlers: JobHandlers = {
      flaky: {
        handle: async () => {
          throw new Error("mail server refused the connection");
        },
      },
    };
    const worker = await startWorker({ store, handlers, logger, queue: { pollIntervalMs: 20, retryDelayMs: 10 } });
    const id = await worker.queue.send("flaky", { email: "person@example.nl" }, { retryLimit: 1 });
    await worker.queue.drain({ timeoutMs: 10_000 });
    await worker.stop();
    const failed = lines.filter((line) => line.msg === "job attempt failed" || line.msg === "job failed for good");
    // The last attempt is an error: nothing will run the job again.
    expect(failed).toEqual(
      [
        [1, 40, "job attempt failed"],
        [2, 50, "job failed for good"],
      ].map(([attempt, level, msg]) =>
        expect.objectContaining({
          level,
          msg,
          queue: "flaky",
          job: id,
          attempt,
          error: "mail server refused the connection",
        }),
      ),
    );
    expect(JSON.stringify(lines)).not.toContain("person@example.nl");
  });

  it("lets registerHandlers start nothing when the map is empty", async () => {
    const queue = createQueue(store);
    await queue.start();
    expect(await registerHandlers(queue, {})).toEqual([]);
    await queue.stop();
  });

  it("refuses a negative or fractional retry limit, and workers before start", async () => {
    const queue = createQueue(store);
    await expect(queue.work("early", async () => {})).rejects.toThrow(/start the job queue/);
    await expect(queue.send("q", {}, { retryLimit: -1 })).rejects.toThrow(/retryLimit/);
    await expect(queue.send("q", {}, { retryLimit: 1.5 })).rejects.toThrow(/retryLimit/);
  });
});

describe("retry backoff", () => {
  it("doubles with each attempt, spreads by up to half, and stops growing at an hour", () => {
    expect(retryDelay(1000, 1, () => 0)).toBe(1000);
    expect(retryDelay(1000, 2, () => 0)).toBe(2000);
    expect(retryDelay(1000, 3, () => 0.999)).toBe(Math.round(4000 * 1.4995));
    expect(retryDelay(1000, 40, () => 0)).toBe(3_600_000);
  });
});

describe("choosing the runner", () => {
  it("uses the store runner on SQLite and refuses pg-boss there", async () => {
    const database = await createTestDatabase("sqlite");
    const store = await openStore({ url: database.url });
    try {
      expect(createQueue(store).runner).toBe("store");
      expect(() => createQueue(store, { runner: "pg-boss" })).toThrow(/PostgreSQL/);
    } finally {
      await store.close();
      await database.drop();
    }
  });

  it.runIf(postgresStore)("uses pg-boss on PostgreSQL unless told to use the store runner", async () => {
    // The store answers a query before it is handed out, so this needs a server; the runner itself
    // is chosen from the store's dialect, without starting pg-boss.
    const { store, close } = await openTestStore("postgres");
    try {
      expect(createQueue(store).runner).toBe("pg-boss");
      expect(createQueue(store, { runner: "store" }).runner).toBe("store");
    } finally {
      await close();
    }
  });
});
