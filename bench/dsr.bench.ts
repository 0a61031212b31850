import { sql } from "kysely";
import type { Connector } from "../src/connectors/connector.js";
import { openConnector } from "../src/connectors/open.js";
import { buildGraph, type DatasetGraph } from "../src/datasets/graph.js";
import { createDemoSchema, dropDemoSchema } from "../src/demo/schema.js";
import { seedDemo } from "../src/demo/seed.js";
import { loadRegister } from "../src/register/load.js";
import type { Connections } from "../src/datasets/connections.js";
import { executeErasure } from "../src/datasets/erase.js";
import { planErasureOnDatabase } from "../src/datasets/erasure-plan.js";
import { walkRows } from "../src/datasets/walk.js";
import { findPerson } from "../src/datasets/blast-radius.js";
import { handwrittenAccess, handwrittenErasure } from "./dsr-handwritten.js";
import { startDelayProxy } from "./delay-proxy.js";
import { perRowErasure } from "./dsr-per-row.js";
import { median, ms, percentile } from "./stats.js";

/**
 * Data-subject requests on the demo schema in PostgreSQL with many subjects: Waarborg's access and
 * erasure against hand-written SQL that reads or changes the same rows, per subject, interleaved so
 * both meet the same cache state; then a batch of erasures set-based against one statement per row.
 */
const URL_DEFAULT = "postgres://postgres@127.0.0.1:5432/waarborg_bench";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

export async function run(): Promise<void> {
  const subjects = option("subjects", 1_000_000);
  const sample = option("sample", 200);
  const batch = option("batch", 1000);
  const delayMs = option("delay-ms", 0.5);
  const url = process.env.BENCH_DATABASE_URL ?? URL_DEFAULT;
  await ensureDatabase(url);
  const connector = await openConnector(url, { poolSize: 4 });
  const env = { ...process.env, WAARBORG_MASKING_KEY: "bench-masking-key-0123456789" };
  try {
    await ensurePopulation(connector, subjects);
    const loaded = await loadRegister(new URL("../examples/demo/privacy.yaml", import.meta.url).pathname);
    if (!loaded.register) throw new Error("the demo register does not load");
    const graph = buildGraph(loaded.register);
    const connections: Connections = new Map([["app", connector]]);
    const emails = await pickSubjects(connector.db, subjects, sample * 2 + batch * 4);
    const now = new Date();

    // Access: same subjects, both ways, alternating which goes first.
    const access = { waarborg: [] as number[], handwritten: [] as number[] };
    for (const [i, email] of emails.slice(0, sample).entries()) {
      const runWaarborg = async () => {
        const t = performance.now();
        // As every request runs: the walk and the blast-radius guard on what it found.
        const found = await findPerson(graph, connections, [{ type: "email", value: email }]);
        access.waarborg.push(performance.now() - t);
        return found;
      };
      const runHand = async () => {
        const t = performance.now();
        const counts = await handwrittenAccess(connector.db, email);
        access.handwritten.push(performance.now() - t);
        return counts;
      };
      const [found, counts] =
        i % 2
          ? [await runWaarborg(), await runHand()]
          : await Promise.all([runHand(), Promise.resolve()]).then(async ([c]) => [await runWaarborg(), c] as const);
      for (const [table, n] of Object.entries(counts)) {
        if ((found.rows.get(table)?.size ?? 0) !== n)
          throw new Error(`access mismatch in ${table}: ${found.rows.get(table)?.size ?? 0} vs ${n}`);
      }
    }

    // Erasure: different subjects for each side (an erased subject cannot be erased again), interleaved.
    const erasure = { waarborg: [] as number[], handwritten: [] as number[] };
    for (const [i, email] of emails.slice(sample, sample * 2).entries()) {
      const t = performance.now();
      if (i % 2 === 0) {
        const found = await findPerson(graph, connections, [{ type: "email", value: email }]);
        await executeErasure(graph, connections, await planErasureOnDatabase(graph, connections, found, now), found, {
          now,
          env,
        });
        erasure.waarborg.push(performance.now() - t);
      } else {
        await handwrittenErasure(connector.db, email, now);
        erasure.handwritten.push(performance.now() - t);
      }
    }

    // A batch, on loopback and through a proxy that delays every packet as a nearby zone would.
    const loopback = await measureBatch(graph, connector, emails.slice(sample * 2, sample * 2 + batch * 2), now, env);
    const proxy = await startDelayProxy(url, delayMs);
    const proxied = await openConnector(proxy.url, { poolSize: 4 });
    let remote: BatchFigures;
    try {
      remote = await measureBatch(graph, proxied, emails.slice(sample * 2 + batch * 2), now, env);
    } finally {
      await proxied.close();
      proxy.close();
    }

    report(subjects, access, erasure, { loopback, proxied: remote, delayMs }, graph);
  } finally {
    await connector.close();
  }
}

interface BatchFigures {
  people: number;
  walkMs: number;
  setBasedMs: number;
  perRowMs: number;
  statements: number;
}

/**
 * One walk and one set-based erasure for half the people, against a statement per row for the other
 * half. Both sides walk the same way; the comparison is the writing, so the walk is timed apart.
 */
async function measureBatch(
  graph: DatasetGraph,
  connector: Connector,
  people: string[],
  now: Date,
  env: NodeJS.ProcessEnv,
): Promise<BatchFigures> {
  const half = Math.floor(people.length / 2);
  const connections: Connections = new Map([["app", connector]]);
  const identities = (xs: string[]) => xs.map((value) => ({ type: "email", value }));
  let t = performance.now();
  const foundBatch = await walkRows(graph, connections, identities(people.slice(0, half)));
  const walkMs = performance.now() - t;
  // The plan reads the live columns once per batch; both sides use such a plan, so it is not timed.
  const batchPlan = await planErasureOnDatabase(graph, connections, foundBatch, now);
  t = performance.now();
  await executeErasure(graph, connections, batchPlan, foundBatch, { now, env });
  const setBasedMs = performance.now() - t;
  const foundPerRow = await walkRows(graph, connections, identities(people.slice(half, half * 2)));
  const perRowPlan = await planErasureOnDatabase(graph, connections, foundPerRow, now);
  t = performance.now();
  const statements = await perRowErasure(graph, connector, perRowPlan, foundPerRow, env.WAARBORG_MASKING_KEY ?? "");
  return { people: half, walkMs, setBasedMs, perRowMs: performance.now() - t, statements };
}

function batchResult(b: BatchFigures) {
  return {
    people: b.people,
    walk_ms: b.walkMs,
    set_based_ms: b.setBasedMs,
    per_row_ms: b.perRowMs,
    per_row_statements: b.statements,
    per_row_ms_per_statement: b.perRowMs / b.statements,
    speedup: b.perRowMs / b.setBasedMs,
    speedup_with_walk: (b.perRowMs + b.walkMs) / (b.setBasedMs + b.walkMs),
    target: 10,
  };
}

function report(
  subjects: number,
  access: { waarborg: number[]; handwritten: number[] },
  erasure: { waarborg: number[]; handwritten: number[] },
  batches: { loopback: BatchFigures; proxied: BatchFigures; delayMs: number },
  graph: DatasetGraph,
): void {
  const stat = (xs: number[]) => ({ median: median(xs), p95: percentile(xs, 95) });
  const result = {
    bench: "dsr",
    subjects,
    collections: graph.collections.size,
    access: {
      waarborg: stat(access.waarborg),
      handwritten: stat(access.handwritten),
      ratio: median(access.waarborg) / median(access.handwritten),
      target: 1.3,
    },
    erasure: {
      waarborg: stat(erasure.waarborg),
      handwritten: stat(erasure.handwritten),
      ratio: median(erasure.waarborg) / median(erasure.handwritten),
      target: 1.5,
    },
    batch: batchResult(batches.loopback),
    batch_proxied: { ...batchResult(batches.proxied), delay_ms_each_way: batches.delayMs },
  };
  console.log(
    `demo schema on PostgreSQL, ${subjects} subjects, ${access.waarborg.length} access and ${erasure.waarborg.length + erasure.handwritten.length} erasure requests`,
  );
  console.log(
    `  access   waarborg median ${ms(result.access.waarborg.median)} p95 ${ms(result.access.waarborg.p95)} | hand-written median ${ms(result.access.handwritten.median)} p95 ${ms(result.access.handwritten.p95)} | ratio ${result.access.ratio.toFixed(2)}x (target <= 1.3x)`,
  );
  console.log(
    `  erasure  waarborg median ${ms(result.erasure.waarborg.median)} p95 ${ms(result.erasure.waarborg.p95)} | hand-written median ${ms(result.erasure.handwritten.median)} p95 ${ms(result.erasure.handwritten.p95)} | ratio ${result.erasure.ratio.toFixed(2)}x (target <= 1.5x)`,
  );
  const where = [
    ["loopback", batches.loopback],
    [`through a proxy delaying ${batches.delayMs} ms each way`, batches.proxied],
  ] as const;
  for (const [label, b] of where) {
    const r = batchResult(b);
    console.log(
      `  batch of ${b.people}, ${label}, writes only: set-based ${ms(b.setBasedMs)} | one statement per row (${b.statements} statements, ${r.per_row_ms_per_statement.toFixed(3)} ms each) ${ms(b.perRowMs)} | ${r.speedup.toFixed(1)}x faster (target >= 10x); with the walk (${ms(b.walkMs)}): ${r.speedup_with_walk.toFixed(1)}x`,
    );
  }
  console.log(JSON.stringify(result));
}

async function ensureDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = "/postgres";
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const exists = await client.query("select 1 from pg_database where datname = $1", [name]);
  if (exists.rowCount === 0) await client.query(`create database "${name.replaceAll('"', "")}"`);
  await client.end();
}

/** Seeds once and reuses: a million subjects take minutes to generate, and erased ones are skipped later. */
async function ensurePopulation(connector: Awaited<ReturnType<typeof openConnector>>, subjects: number): Promise<void> {
  const count = await sql<{ n: string }>`select count(*) as n from users`.execute(connector.db).then(
    (r) => Number(r.rows[0]?.n),
    () => -1,
  );
  if (count === subjects) return;
  console.log(`seeding ${subjects} subjects (once; later runs reuse them)...`);
  await dropDemoSchema(connector);
  await createDemoSchema(connector);
  const result = await seedDemo(connector, { subjects, seed: 1 });
  console.log(`seeded in ${(result.milliseconds / 1000).toFixed(0)} s`);
}

/** Random subjects that have not been erased by an earlier run, in a fixed but spread-out order. */
async function pickSubjects(
  db: Awaited<ReturnType<typeof openConnector>>["db"],
  subjects: number,
  n: number,
): Promise<string[]> {
  // Sample enough of the table to find n unerased people three times over, without reading all of it.
  const percent = Math.min(100, Math.ceil((n * 3 * 100) / subjects));
  const rows = await sql<{
    email: string;
  }>`select email from users tablesample system (${sql.lit(percent)}) where email not like 'wb1:%' limit ${n * 3}`.execute(
    db,
  );
  const emails = rows.rows.map((r) => r.email).filter((e) => !e.startsWith("wb1:"));
  if (emails.length < n)
    throw new Error(`only ${emails.length} unerased subjects left of ${subjects}; reseed with --subjects`);
  for (let i = emails.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [emails[i], emails[j]] = [emails[j] as string, emails[i] as string];
  }
  return emails.slice(0, n);
}
