import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { available, createTestDatabase } from "../helpers/databases.js";

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `waarborg worker` as its own process, the way a supervisor would. */
function worker(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/run.ts", "worker", ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(run: Run, text: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!run.output().includes(text)) {
    if (Date.now() > deadline || run.child.exitCode !== null)
      throw new Error(`no "${text}" from the worker; it wrote:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function logLines(output: string): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line));
}

const postgres = await available("postgres");

/** What a worker needs besides its store to run the service's jobs: the register and the data key. */
const SERVICE_ENV = {
  WAARBORG_REGISTER: "examples/demo/privacy.yaml",
  WAARBORG_DATA_KEY: randomBytes(32).toString("base64"),
};
/** The request lifecycle's queues, among whatever else the service runs as jobs. */
const LIFECYCLE_QUEUES = ["recipient.notify", "request.process"];

describe("waarborg worker", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-worker-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("starts on a migrated SQLite store, logs ready, and stops cleanly on SIGTERM", async () => {
    const store = `sqlite:${join(dir, "w.db")}`;
    expect((await runCli(["migrate", "--store", store])).code).toBe(0);
    const run = worker(["--store", store], SERVICE_ENV);
    await waitFor(run, '"worker ready"');
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    const lines = logLines(run.output());
    expect(lines.map((l) => l.msg)).toEqual(["worker ready", "stopping", "worker stopped"]);
    expect(lines[0]).toMatchObject({
      runner: "store",
      dialect: "sqlite",
      queues: expect.arrayContaining(LIFECYCLE_QUEUES),
    });
    expect(lines[1]).toMatchObject({ signal: "SIGTERM" });
  });

  it("stops on SIGINT too", async () => {
    const run = worker(["--store", `sqlite:${join(dir, "w.db")}`], SERVICE_ENV);
    await waitFor(run, '"worker ready"');
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('"worker stopped"');
  });

  it("refuses an unmigrated store and exits 1", async () => {
    const run = worker(["--store", `sqlite:${join(dir, "fresh.db")}`]);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("run waarborg migrate first");
  });

  it("refuses pg-boss on a SQLite store with a usage error", async () => {
    const result = await runCli(["worker", "--runner", "pg-boss", "--store", `sqlite:${join(dir, "w.db")}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("needs a PostgreSQL store");
  });

  it.runIf(postgres)("runs on pg-boss from DATABASE_URL without printing the URL", async () => {
    const database = await createTestDatabase("postgres");
    try {
      const env = { ...SERVICE_ENV, DATABASE_URL: database.url };
      process.env.WAARBORG_WORKER_TEST_URL = database.url;
      expect((await runCli(["migrate", "--database-url-env", "WAARBORG_WORKER_TEST_URL"])).code).toBe(0);
      const run = worker([], env);
      await waitFor(run, '"worker ready"');
      run.child.kill("SIGTERM");
      expect(await run.exited).toBe(0);
      expect(logLines(run.output())[0]).toMatchObject({ runner: "pg-boss", dialect: "postgres" });
      expect(run.output()).not.toContain(database.url);
    } finally {
      delete process.env.WAARBORG_WORKER_TEST_URL;
      await database.drop();
    }
  });
});
