import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealAll, verifyConsent } from "../../src/consent/index.js";
import { createQueue } from "../../src/jobs/create.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";
import { createServiceContext } from "../../src/service/context.js";
import { available, createTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { demoRegister } from "../service/helpers.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RECORDS = 10_000;
const IN_FLIGHT = 64;
/** The service is killed once this many decisions have been answered, with thousands still to come. */
const KILL_AFTER = 3000;

/** `waarborg serve` in a process of its own, on the PostgreSQL store, listening on a free port. */
function serve(databaseUrl: string): {
  child: ChildProcess;
  url: Promise<string>;
  exited: Promise<NodeJS.Signals | null>;
} {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/run.ts", "serve", "--port", "0", "--no-worker"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl,
      WAARBORG_REGISTER: "examples/demo/privacy.yaml",
      WAARBORG_DATA_KEY: randomBytes(32).toString("base64"),
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const found = /Privacy center:\s+(http:\/\/\S+?)\/\s/.exec(out);
      if (found) resolve(found[1]!);
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.on("exit", () => reject(new Error(`the service exited before it listened:\n${out}`)));
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  return { child, url, exited };
}

describe.runIf(await available("postgres"))("consent records when the service is killed with SIGKILL", () => {
  let database: TestDatabase;
  let store: Store;
  const answered = new Set<string>();
  let failed = 0;
  let signal: NodeJS.Signals | null = null;

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    store = await openStore({ url: database.url });
    await migrateToLatest(store);
    const service = serve(database.url);
    const url = await service.url;
    const script = await (await fetch(`${url}/consent.js`)).text();
    const config = /"nl":\{"hash":"([0-9a-f]{64})"/.exec(script)![1]!;
    let next = 0;
    const post = async () => {
      while (next < RECORDS) {
        next++;
        try {
          const response = await fetch(`${url}/consent`, {
            method: "POST",
            headers: { "content-type": "text/plain" },
            body: JSON.stringify({ config, action: "accept_all" }),
          });
          if (response.status === 201) {
            answered.add(((await response.json()) as { id: string }).id);
            if (answered.size === KILL_AFTER) service.child.kill("SIGKILL");
          } else failed++;
        } catch {
          failed++; // The connection went with the process.
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, post));
    signal = await service.exited;
  }, 240_000);

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it("killed the service half-way, with decisions still in flight", () => {
    expect(signal).toBe("SIGKILL");
    expect(answered.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(answered.size).toBeLessThan(RECORDS);
    expect(failed).toBeGreaterThan(0);
  });

  it("has every decision that was answered 201 in the store", async () => {
    const stored = new Set<string>();
    const ids = [...answered];
    for (let i = 0; i < ids.length; i += 1000) {
      const rows = await store.db
        .selectFrom("consent_records")
        .select("consent_id")
        .where("consent_id", "in", ids.slice(i, i + 1000))
        .execute();
      for (const row of rows) stored.add(row.consent_id);
    }
    expect(ids.filter((id) => !stored.has(id))).toEqual([]);
  });

  it("leaves whole batches only, which seal and verify after the restart", async () => {
    const ctx = createServiceContext({
      store,
      queue: createQueue(store),
      register: await demoRegister(),
      registerPath: "privacy.yaml",
      dataKey: randomBytes(32),
    });
    await sealAll(ctx);
    const result = await verifyConsent(store);
    expect(result.problems).toEqual([]);
    expect(result.records).toBeGreaterThanOrEqual(answered.size);
  });
});
