import { spawn } from "node:child_process";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoreQueue } from "../../src/jobs/store-queue.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";
import { createTestDatabase, type TestDatabase } from "../helpers/databases.js";

/** Starts a worker process on the store and resolves once it says it is ready. */
function workerProcess(url: string): Promise<{ go(): void; exited: Promise<number | null>; output(): string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/jobs/fixtures/store-worker.ts", url], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", () => {
      if (output.includes("ready\n")) resolve({ go: () => child.stdin.write("go\n"), exited, output: () => output });
    });
    child.on("exit", () => reject(new Error(`the worker exited before it was ready:\n${output}`)));
  });
}

describe("StoreQueue on SQLite", () => {
  let database: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    store = await openStore({ url: database.url });
    await migrateToLatest(store);
    await sql`create table effects (job_key text primary key, pid integer not null)`.execute(store.db);
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it("gives each job to exactly one of several processes claiming from the same file", async () => {
    const queue = new StoreQueue(store);
    await queue.start();
    const ids: string[] = [];
    for (let n = 0; n < 150; n++) ids.push(await queue.send("race", { n }));
    const workers = await Promise.all([workerProcess(database.url), workerProcess(database.url)]);
    for (const worker of workers) worker.go();
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes, workers.map((w) => w.output()).join("\n")).toEqual([0, 0]);

    const jobs = await store.db.selectFrom("jobs").select(["state", "attempts"]).where("queue", "=", "race").execute();
    expect(jobs).toHaveLength(150);
    expect(jobs.every((j) => j.state === "completed" && j.attempts === 1)).toBe(true);
    const byProcess = await sql<{ pid: number; n: number }>`
      select pid, count(*) as n from effects group by pid`.execute(store.db);
    expect(byProcess.rows.reduce((sum, r) => sum + Number(r.n), 0)).toBe(150);
    // Both processes took part: the claims really competed.
    expect(byProcess.rows).toHaveLength(2);
    await queue.stop();
  });

  it("deletes finished jobs once they are older than keepFinishedMs", async () => {
    const worker = new StoreQueue(store, { pollIntervalMs: 20 });
    await worker.start();
    const done = await worker.send("prune", {});
    const waiting = await worker.send("prune", {}, { startAfter: new Date(Date.now() + 60_000) });
    await worker.work("prune", async () => {});
    await worker.waitForIdle({ timeoutMs: 10_000 });
    expect((await worker.getJob(done))?.state).toBe("completed");
    await worker.stop();

    // A fresh instance prunes on its first claim.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const pruner = new StoreQueue(store, { pollIntervalMs: 20, keepFinishedMs: 10 });
    await pruner.start();
    await pruner.work("prune", async () => {});
    await pruner.waitForIdle({ timeoutMs: 10_000 });
    expect(await pruner.getJob(done)).toBeUndefined();
    expect((await pruner.getJob(waiting))?.state).toBe("queued");
    await pruner.stop();
  });
});
