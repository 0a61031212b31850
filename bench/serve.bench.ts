import { randomBytes, randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { createApiToken } from "../src/auth/api-tokens.js";
import { buildApp } from "../src/http/app.js";
import { createQueue } from "../src/jobs/create.js";
import { serviceContextFromEnv } from "../src/service/context.js";
import { migrateToLatest } from "../src/store/migrate.js";
import { openStore } from "../src/store/open.js";
import { available, createTestDatabase } from "../test/helpers/databases.js";
import { dropQuietly } from "../test/helpers/quiet-drop.js";
import { bareApp, WRITTEN } from "./serve-bare.js";

/**
 * The service under load on PostgreSQL: autocannon against the privacy center's request form (POST,
 * files a request) and the OpenDSR status API (GET), each next to a bare Fastify route on the same
 * database that does the least the same answer needs. For the form, that is the same rows in ONE
 * transaction (serve-bare.ts): the request, its events, the chained audit entries, the code and its
 * mail. For the status, one SELECT by key. Same process, same pool size, loopback only, fixed
 * durations; the load runs in a worker thread so it does not share the servers' event loop. What the
 * ratio buys: the register's checks, sealed identities, keyed hashes, the page and the lifecycle rules.
 * Target: the form POST at 0.5x of its bare route or better.
 */
function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const POOL_SIZE = 10;
/** Counted like any limit, stored in an integer column, never reached by a run of this length. */
const UNREACHABLE_LIMIT = 1_000_000_000;
const HOST = "127.0.0.1";

interface Measured {
  requestsPerSecond: number;
  p99Ms: number;
  /** Answers other than the expected status, and connection errors and timeouts. */
  failures: number;
  total: number;
}

async function listenOnLoopback(app: FastifyInstance): Promise<string> {
  await app.listen({ host: HOST, port: 0 });
  return `http://${HOST}:${(app.server.address() as AddressInfo).port}`;
}

async function measure(
  options: autocannon.Options,
  expected: number,
  seconds: number,
  connections: number,
): Promise<Measured> {
  const result = await autocannon({ ...options, connections, duration: seconds, workers: 1 });
  const codes = (result.statusCodeStats ?? {}) as Record<string, { count: number }>;
  const good = Number(codes[String(expected)]?.count ?? 0);
  const answered = Object.values(codes).reduce((sum, c) => sum + Number(c.count), 0);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    failures: answered - good + result.errors + result.timeouts,
    total: answered,
  };
}

/** The round of median throughput, with its failures added up over every round. */
function median(rounds: Measured[]): Measured {
  const sorted = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  const sum = (pick: (m: Measured) => number) => rounds.reduce((total, m) => total + pick(m), 0);
  return { ...middle, failures: sum((m) => m.failures), total: sum((m) => m.total) };
}

type RowCounts = Record<(typeof WRITTEN)[number], number>;
type Results = Record<string, { waarborg: Measured; bare: Measured }>;
type RowsPerPost = { waarborg: Record<string, number>; bare: Record<string, number> };

async function rowCounts(db: pg.Pool, prefix: string): Promise<RowCounts> {
  const out = {} as RowCounts;
  for (const table of WRITTEN)
    out[table] = Number((await db.query(`select count(*) as n from ${prefix}${table}`)).rows[0].n);
  return out;
}

/** Row counts once posts still in the server when the load stopped have finished. */
async function settledRowCounts(db: pg.Pool, prefix = ""): Promise<RowCounts> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return rowCounts(db, prefix);
}

/** Rows written per filed request, by table, between two counts. */
function perFiled(before: RowCounts, after: RowCounts): Record<string, number> {
  const filed = Math.max(1, after.requests - before.requests);
  return Object.fromEntries(WRITTEN.map((t) => [t, Number(((after[t] - before[t]) / filed).toFixed(2))]));
}

const ratio = (a: number, b: number) => Number((a / Math.max(1, b)).toFixed(3));

/** The table side by side, the rows one form post wrote, and last the JSON line; exit 1 on failures. */
function report(
  results: Results,
  rowsPerPost: RowsPerPost,
  run: { seconds: number; rounds: number; connections: number; oneClient: boolean },
) {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(
    `  ${pad("", 12)}${pad("Waarborg req/s", 16)}${pad("p99", 10)}${pad("bare req/s", 13)}${pad("p99", 10)}ratio`,
  );
  for (const [name, { waarborg, bare }] of Object.entries(results))
    console.log(
      `  ${pad(name, 12)}${pad(String(waarborg.requestsPerSecond), 16)}${pad(`${waarborg.p99Ms} ms`, 10)}` +
        `${pad(String(bare.requestsPerSecond), 13)}${pad(`${bare.p99Ms} ms`, 10)}` +
        `${ratio(waarborg.requestsPerSecond, bare.requestsPerSecond).toFixed(2)}x throughput, ` +
        `${ratio(waarborg.p99Ms, bare.p99Ms).toFixed(1)}x p99`,
    );
  const rows = (per: Record<string, number>) => Object.entries(per).map(([table, n]) => `${n} ${table}`);
  console.log(`  one form post wrote ${rows(rowsPerPost.waarborg).join(", ")}`);
  console.log(`  one bare post wrote ${rows(rowsPerPost.bare).join(", ")}, in one transaction`);
  const form = results["form POST"]!;
  const formRatio = ratio(form.waarborg.requestsPerSecond, form.bare.requestsPerSecond);
  console.log(
    `  form POST at ${formRatio.toFixed(2)}x of its bare route (target 0.5x: ${formRatio >= 0.5 ? "met" : "MISSED"})`,
  );
  const failures = Object.values(results).reduce((sum, r) => sum + r.waarborg.failures + r.bare.failures, 0);
  if (failures > 0) {
    console.log(`  ${failures} unexpected answers, errors or timeouts`);
    process.exitCode = 1;
  }
  const side = (m: Measured) => ({ rps: m.requestsPerSecond, p99Ms: m.p99Ms, failures: m.failures });
  const pair = (name: string) => {
    const r = results[name]!;
    return {
      waarborg: side(r.waarborg),
      bare: side(r.bare),
      throughputRatio: ratio(r.waarborg.requestsPerSecond, r.bare.requestsPerSecond),
      p99Ratio: ratio(r.waarborg.p99Ms, r.bare.p99Ms),
    };
  };
  console.log(
    JSON.stringify({
      bench: "serve",
      ...run,
      poolSize: POOL_SIZE,
      form: pair("form POST"),
      status: pair("status GET"),
      rowsPerFormPost: rowsPerPost,
    }),
  );
}

export async function run(): Promise<void> {
  if (!(await available("postgres"))) throw new Error("the serve benchmark needs PostgreSQL");
  const seconds = option("duration", 10);
  const rounds = option("rounds", 3);
  const oneClient = process.argv.includes("--one-client");
  const connections = option("connections", 10);
  const database = await createTestDatabase("postgres");
  const store = await openStore({ url: database.url, poolSize: POOL_SIZE });
  const counter = new pg.Pool({ connectionString: database.url, max: 1 });
  const apps: FastifyInstance[] = [];
  let bare: Awaited<ReturnType<typeof bareApp>> | undefined;
  try {
    await migrateToLatest(store);
    const env = {
      WAARBORG_REGISTER: new URL("../examples/demo/privacy.yaml", import.meta.url).pathname,
      WAARBORG_DATA_KEY: randomBytes(32).toString("base64"),
      WAARBORG_PUBLIC_URL: `http://${HOST}`,
    };
    // Filing sends nothing to the queue (verification does): it is there because the context holds one.
    const { ctx } = await serviceContextFromEnv(env, store, createQueue(store));
    // The load files thousands of requests. The limits are counted in the store as in production
    // (their writes are part of the cost), but set too high to refuse any of them. The service sits
    // behind one trusted proxy, as deployed, and each post comes from another visitor's address
    // (--one-client: all from one, whose counter every filing then waits for in turn).
    const app = buildApp(ctx, {
      filingLimits: { perEmail: UNREACHABLE_LIMIT, perClient: UNREACHABLE_LIMIT },
      trustProxy: 1,
    });
    apps.push(app);
    const service = await listenOnLoopback(app);
    bare = await bareApp(database.url, POOL_SIZE);
    apps.push(bare.app);
    const bareUrl = await listenOnLoopback(bare.app);

    // One request filed through the API: the one whose status the GET side asks for.
    const { token } = await createApiToken(
      store,
      { name: "serve benchmark", scopes: ["requests:read", "requests:write"] },
      { actor: "system" },
    );
    const auth = { authorization: `Bearer ${token}` };
    const subjectRequestId = randomUUID();
    const filed = await fetch(`${service}/v1/requests`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({
        subject_request_id: subjectRequestId,
        subject_request_type: "access",
        subject_identities: [
          { identity_type: "email", identity_value: "status@bench.example", identity_format: "raw" },
        ],
        submitted_time: new Date().toISOString(),
        status_callback_urls: [],
      }),
    });
    if (filed.status !== 201)
      throw new Error(
        `filing through the OpenDSR API answered ${filed.status}: is the JSON API registered in buildApp?`,
      );
    const bareFiled = await fetch(`${bareUrl}/bare/request`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "type=access&lang=en&email=status%40bench.example",
      redirect: "manual",
    });
    const bareStatusPath = bareFiled.headers.get("location")!;

    // Every form post files for another person: the same address twice would be flagged as a repeat.
    const form = (url: string): autocannon.Options => ({
      url,
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...(oneClient ? {} : { "x-forwarded-for": "visitor-[<id>]" }),
      },
      body: "type=access&lang=en&email=bench-[<id>]%40example.nl",
      idReplacement: true,
    });
    const cases = [
      { name: "form POST", service: form(`${service}/en/request`), bare: form(`${bareUrl}/bare/request`), status: 303 },
      {
        name: "status GET",
        service: { url: `${service}/v1/requests/${subjectRequestId}`, headers: auth },
        bare: { url: `${bareUrl}${bareStatusPath}` },
        status: 200,
      },
    ];
    console.log(
      `  ${connections} connections, ${rounds} rounds of ${seconds} s per side after a 2 s warm-up, ` +
        `sides alternating, medians shown; PostgreSQL pool ${POOL_SIZE}; ` +
        `form posts from ${oneClient ? "one client address" : "a new client address each"}`,
    );
    const results: Results = {};
    const rowsPerPost: RowsPerPost = { waarborg: {}, bare: {} };
    for (const c of cases) {
      await measure(c.service, c.status, 2, connections);
      await measure(c.bare, c.status, 2, connections);
      const isForm = c.name === "form POST";
      const before = await settledRowCounts(counter);
      const bareBefore = await settledRowCounts(counter, "bare_");
      // The machine's load drifts: the sides take turns, so each round compares like with like.
      const waarborg: Measured[] = [];
      const bareSide: Measured[] = [];
      for (let round = 0; round < rounds; round++) {
        waarborg.push(await measure(c.service, c.status, seconds, connections));
        bareSide.push(await measure(c.bare, c.status, seconds, connections));
      }
      if (isForm) {
        rowsPerPost.waarborg = perFiled(before, await settledRowCounts(counter));
        rowsPerPost.bare = perFiled(bareBefore, await settledRowCounts(counter, "bare_"));
      }
      results[c.name] = { waarborg: median(waarborg), bare: median(bareSide) };
    }
    report(results, rowsPerPost, { seconds, rounds, connections, oneClient });
  } finally {
    await Promise.all(apps.map((a) => a.close()));
    await bare?.pool.end();
    await counter.end();
    await store.close();
    await dropQuietly(database);
  }
}
