import { randomBytes, randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import Fastify from "fastify";
import { recordConsent } from "../src/consent/index.js";
import pg from "pg";
import { buildApp } from "../src/http/app.js";
import { createQueue } from "../src/jobs/create.js";
import { loadRegister } from "../src/register/load.js";
import { createServiceContext } from "../src/service/context.js";
import { migrateToLatest } from "../src/store/migrate.js";
import { openStore } from "../src/store/open.js";
import { available, createTestDatabase } from "../test/helpers/databases.js";
import { dropQuietly } from "../test/helpers/quiet-drop.js";

/**
 * Consent records per second into PostgreSQL through the service: autocannon (in a worker thread)
 * posts decisions to /consent over loopback HTTP, and counts the 201s; each 201 is sent only after
 * the record's commit (synchronous_commit on). Beside it, in the same run and on the same database,
 * raw inserts through the same driver: one INSERT of a row shaped like a record per call,
 * autocommitted, from as many callers as the service had connections, on a pool of the same size.
 * The service gets its rate from group commit (writer.ts); the raw side pays one commit per row.
 * Two more figures say where the time goes: the same decisions handed to the operation directly
 * (no HTTP), and what this machine's HTTP stack answers at all: a bare Fastify route that returns 201
 * and stores nothing, under the same load.
 */
function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const POOL_SIZE = 10;
const HOST = "127.0.0.1";
const TARGET_PER_SECOND = 5000;

async function count(pool: pg.Pool, table: string): Promise<number> {
  return Number((await pool.query(`select count(*) as n from ${table}`)).rows[0].n);
}

/** The baseline: `callers` loops each inserting one row at a time for `seconds`. */
async function rawInserts(pool: pg.Pool, callers: number, seconds: number, hash: string): Promise<number> {
  let done = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() < end) {
        await pool.query(
          `insert into raw_records (consent_id, at, version, config_hash, choices, action, lang, origin, gpc, parental, via, batch, hash)
           values ($1, $2, 3, $3, $4, 'accept_all', 'nl', $5, 0, null, 'banner', 1, $6)`,
          [randomUUID(), new Date().toISOString(), hash, '{"analytics":true}', "https://www.klantwijs.example", hash],
        );
        done++;
      }
    }),
  );
  return done / seconds;
}

/** The operation without HTTP: `callers` loops recording decisions for `seconds`. */
async function operationCalls(
  ctx: Parameters<typeof recordConsent>[0],
  callers: number,
  seconds: number,
  decision: unknown,
): Promise<number> {
  let done = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() < end) {
        await recordConsent(ctx, decision, { origin: "https://www.klantwijs.example", gpcHeader: false });
        done++;
      }
    }),
  );
  return done / seconds;
}

/** The HTTP stack alone: parse the same body, answer 201 with the same kind of answer, store nothing. */
async function bareHttp(): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify();
  app.addContentTypeParser("text/plain", { parseAs: "string" }, (_r, body, done) =>
    done(null, JSON.parse(body as string)),
  );
  app.post("/consent", async (_request, reply) =>
    reply.code(201).send({ id: randomUUID(), at: new Date().toISOString(), choices: { analytics: true } }),
  );
  await app.listen({ host: HOST, port: 0 });
  return { url: `http://${HOST}:${(app.server.address() as AddressInfo).port}`, close: () => app.close() };
}

async function servicePosts(url: string, body: string, connections: number, seconds: number) {
  const result = await autocannon({
    url: `${url}/consent`,
    method: "POST",
    headers: { "content-type": "text/plain", origin: "https://www.klantwijs.example" },
    body,
    connections,
    duration: seconds,
    workers: 1,
  });
  const codes = (result.statusCodeStats ?? {}) as Record<string, { count: number }>;
  const created = Number(codes["201"]?.count ?? 0);
  const answered = Object.values(codes).reduce((sum, c) => sum + Number(c.count), 0);
  return {
    created,
    perSecond: created / seconds,
    p99Ms: result.latency.p99,
    failures: answered - created + result.errors + result.timeouts,
  };
}

export async function run(): Promise<void> {
  if (!(await available("postgres"))) throw new Error("the consent benchmark needs PostgreSQL");
  const seconds = option("duration", 10);
  const connections = option("connections", 128);
  const database = await createTestDatabase("postgres");
  const store = await openStore({ url: database.url, poolSize: POOL_SIZE });
  const raw = new pg.Pool({ connectionString: database.url, max: POOL_SIZE });
  const ctx = createServiceContext({
    store,
    queue: createQueue(store),
    register: (await loadRegister(new URL("../examples/demo/privacy.yaml", import.meta.url).pathname)).register!,
    registerPath: "privacy.yaml",
    dataKey: randomBytes(32),
    publicUrl: `http://${HOST}`,
  });
  const app = buildApp(ctx);
  const bare = await bareHttp();
  try {
    await migrateToLatest(store);
    await raw.query("create table raw_records (like consent_records including all)");
    await app.listen({ host: HOST, port: 0 });
    const url = `http://${HOST}:${(app.server.address() as AddressInfo).port}`;
    const script = await (await fetch(`${url}/consent.js`)).text();
    const hash = /"nl":\{"hash":"([0-9a-f]{64})"/.exec(script)![1]!;
    const body = JSON.stringify({ config: hash, action: "accept_all", choices: {}, gpc: false });

    // Warm-up, then alternating rounds so both sides meet the same machine load.
    await servicePosts(url, body, connections, 2);
    await rawInserts(raw, connections, 1, hash);
    const ours: Awaited<ReturnType<typeof servicePosts>>[] = [];
    const theirs: number[] = [];
    const direct: number[] = [];
    const ceiling: number[] = [];
    for (let round = 0; round < 2; round++) {
      ours.push(await servicePosts(url, body, connections, seconds));
      theirs.push(await rawInserts(raw, connections, seconds, hash));
      direct.push(await operationCalls(ctx, connections, seconds, JSON.parse(body)));
      ceiling.push((await servicePosts(bare.url, body, connections, seconds)).perSecond);
    }
    // Every 201 is a committed record: the store holds at least as many as were answered.
    const stored = await count(raw, "consent_records");
    const created = ours.reduce((sum, r) => sum + r.created, 0);
    const directCalls = direct.reduce((sum, r) => sum + r * seconds, 0);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const service = mean(ours.map((r) => r.perSecond));
    const baseline = mean(theirs);
    const ratio = service / baseline;
    const failures = ours.reduce((sum, r) => sum + r.failures, 0);
    const batches = await count(raw, "consent_batches");
    console.log(`  ${connections} connections, ${seconds} s per round, 2 rounds each, PostgreSQL pool ${POOL_SIZE}`);
    console.log(
      `  service, POST /consent -> 201:  ${service.toFixed(0)} records/s, p99 ${mean(ours.map((r) => r.p99Ms)).toFixed(1)} ms`,
    );
    console.log(`  raw INSERT per record, same driver: ${baseline.toFixed(0)} rows/s`);
    console.log(`  the operation without HTTP:         ${mean(direct).toFixed(0)} records/s`);
    console.log(
      `  bare Fastify 201, nothing stored:   ${mean(ceiling).toFixed(0)} answers/s (this machine's HTTP ceiling)`,
    );
    const met = service >= TARGET_PER_SECOND && ratio >= 0.5;
    console.log(
      `  ratio: ${ratio.toFixed(2)}x the raw rate; ${(stored / batches).toFixed(0)} records per commit on average`,
    );
    console.log(
      `  target ${TARGET_PER_SECOND}/s and 0.5x the raw rate over HTTP: ${met ? "met" : "MISSED"}` +
        (met ? "" : ` (the operation alone: ${mean(direct) >= TARGET_PER_SECOND ? "met" : "missed"})`),
    );
    if (stored < created + directCalls || failures > 0) {
      console.log(`  ${failures} failed posts; ${created} answered 201, ${stored} stored`);
      process.exitCode = 1;
    }
    console.log(
      JSON.stringify({
        bench: "consent",
        connections,
        seconds,
        poolSize: POOL_SIZE,
        service: { perSecond: ours.map((r) => Math.round(r.perSecond)), p99Ms: ours.map((r) => r.p99Ms), failures },
        raw: { perSecond: theirs.map(Math.round) },
        operation: { perSecond: direct.map(Math.round) },
        bareHttp: { perSecond: ceiling.map(Math.round) },
        ratio: Number(ratio.toFixed(3)),
        answered201: created,
        stored,
        recordsPerCommit: Number((stored / batches).toFixed(1)),
      }),
    );
  } finally {
    await app.close();
    await bare.close();
    await raw.end();
    await store.close();
    await dropQuietly(database);
  }
}
