import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILING_LIMITS } from "../../src/http/center/filing-limit.js";
import { available, createTestDatabase, type TestDatabase } from "../helpers/databases.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const postgres = await available("postgres");

interface Replica {
  child: ChildProcess;
  center: Promise<string>;
  exited: Promise<number | null>;
}

/** `waarborg serve` as its own process on the shared store, the way a replica behind a load balancer runs. */
function replica(storeUrl: string, dataKey: string): Replica {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(WAARBORG_|DATABASE_URL$|DEMO_DATABASE_URL$|PORT$|HOST$)/.test(name),
    ),
  );
  const child = spawn(
    process.execPath,
    [
      "--import",
      import.meta.resolve("tsx"),
      `${ROOT}src/cli/run.ts`,
      "serve",
      "--register",
      `${ROOT}examples/demo/privacy.yaml`,
      "--port",
      "0",
      "--no-worker",
    ],
    {
      cwd: ROOT,
      env: {
        ...env,
        TSX_TSCONFIG_PATH: `${ROOT}tsconfig.json`,
        DATABASE_URL: storeUrl,
        WAARBORG_DATA_KEY: dataKey,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const center = new Promise<string>((resolve, reject) => {
    const look = (chunk: Buffer) => {
      output += String(chunk);
      const match = /Privacy center: +(http:\/\/\S+)\n/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout?.on("data", look);
    child.stderr?.on("data", look);
    child.on("exit", () => reject(new Error(`the service ended before it listened:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, center, exited };
}

describe.runIf(postgres)("two serve processes on one PostgreSQL store", () => {
  let database: TestDatabase;
  const replicas: Replica[] = [];
  beforeAll(async () => {
    database = await createTestDatabase("postgres");
  });
  afterAll(async () => {
    for (const r of replicas) r.child.kill("SIGTERM");
    await Promise.all(replicas.map((r) => r.exited));
    await database?.drop();
  });

  it("share the filing limit: the requests filed at one count at the other", async () => {
    const dataKey = randomBytes(32).toString("base64");
    // One after the other, so the second finds the store migrated rather than racing the first.
    replicas.push(replica(database.url, dataKey));
    const first = await replicas[0]!.center;
    replicas.push(replica(database.url, dataKey));
    const second = await replicas[1]!.center;

    const file = async (center: string) => {
      const response = await fetch(`${center}en/request`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ type: "access", email: "shared-limit@example.org", lang: "en" }).toString(),
        redirect: "manual",
      });
      await response.arrayBuffer();
      return response.status;
    };
    const statuses: number[] = [];
    for (let i = 0; i <= FILING_LIMITS.perEmail; i++) statuses.push(await file(i % 2 === 0 ? first : second));
    expect(statuses).toEqual([...Array.from({ length: FILING_LIMITS.perEmail }, () => 303), 429]);
  });
});
