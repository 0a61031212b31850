import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { openConnector } from "../src/connectors/open.js";
import type { Connector } from "../src/connectors/connector.js";
import { loadRegister } from "../src/register/load.js";
import { DEFAULT_BATCH_SIZE, DEFAULT_BATCH_TARGET_MS, runRetention } from "../src/retention/index.js";
import { migrateToLatest } from "../src/store/migrate.js";
import { openStore, type Store } from "../src/store/open.js";
import type { Register } from "../src/register/schema/register.js";
import { median, percentile } from "./stats.js";

/**
 * Retention on PostgreSQL: N expired login events of the demo database (plus a tenth as many not
 * yet due) removed by Waarborg's sweep of the demo register's `login_events` rule, next to a
 * hand-written batched DELETE of the same rows, in the same run on the same data. Both delete
 * batches of the same size by primary key; each is timed per batch, since a batch's transaction is
 * how long the company's application could wait on the locks it holds.
 *
 * Where a batch's time goes (measured per phase on the demo table, 2000 rows): the DELETE by primary
 * key is a few milliseconds (an index scan on `id = any($1)`, no join, no IN list of literals); most
 * of the rest is COMMIT waiting for the WAL to reach the disk, with the row locks still held. On a
 * busy machine that flush now and then takes 100 ms and more, and the longest batch is such a
 * commit, on either side. Waarborg's sweep therefore adapts its batch size to a time budget
 * (--target, 100 ms by default; 0 keeps the size fixed): a batch over it halves the next, so a slow
 * spell of the disk is met with smaller commits. Both sides print the spread of their batch times.
 *
 *   npm run bench -- retention [--rows 1000000] [--batch 2000] [--target 100] [--rounds 3]
 */
const URL_DEFAULT = "postgres://postgres@127.0.0.1:5432/waarborg_retention_bench";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
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

/** The demo's login_events table, filled the same way before each side: expired rows first, then fresh ones. */
async function fill(connector: Connector, rows: number): Promise<void> {
  await sql`drop table if exists login_events`.execute(connector.db);
  await sql`create table login_events (id bigint primary key, user_id bigint not null, ip text not null,
    user_agent text not null, at timestamptz not null)`.execute(connector.db);
  await sql`insert into login_events select g, g % 50000, '10.' || (g % 250) || '.' || (g % 200) || '.1',
    'Mozilla/5.0 (X11; Linux x86_64) bench', timestamptz '2020-01-01' + (g % 86400) * interval '1 second'
    from generate_series(1, ${rows}::bigint) g`.execute(connector.db);
  await sql`insert into login_events select g, g % 50000, '10.0.0.1', 'fresh', now() + interval '1 day'
    from generate_series(${rows + 1}::bigint, ${rows + Math.ceil(rows / 10)}::bigint) g`.execute(connector.db);
  await sql`vacuum analyze login_events`.execute(connector.db);
}

async function remaining(connector: Connector): Promise<{ expired: number; fresh: number }> {
  const r = await sql<{ expired: string; fresh: string }>`select count(*) filter (where at < now()) as expired,
    count(*) filter (where at >= now()) as fresh from login_events`.execute(connector.db);
  return { expired: Number(r.rows[0]!.expired), fresh: Number(r.rows[0]!.fresh) };
}

/** What an engineer writes by hand: delete a batch of expired ids, each statement its own short transaction. */
async function handwritten(
  connector: Connector,
  batch: number,
): Promise<{ seconds: number; longestMs: number; batchMs: number[] }> {
  const cutoff = new Date(Date.now() - 90 * 86_400_000).toISOString();
  const batchMs: number[] = [];
  const started = performance.now();
  for (;;) {
    const t = performance.now();
    const result = await sql`delete from login_events where id in (
      select id from login_events where at <= ${cutoff} order by id limit ${batch})`.execute(connector.db);
    batchMs.push(performance.now() - t);
    if (Number(result.numAffectedRows ?? 0n) < batch) break;
  }
  return { seconds: (performance.now() - started) / 1000, longestMs: Math.max(...batchMs), batchMs };
}

/** A batch-time spread in one line: median, 99th percentile, longest, and how many batches there were. */
function spread(samples: number[]): string {
  const f = (n: number) => n.toFixed(1);
  return `median ${f(median(samples))} ms, p99 ${f(percentile(samples, 99))} ms, longest ${f(Math.max(...samples))} ms over ${samples.length} batches`;
}

interface Side {
  seconds: number;
  batchMs: number[];
  sizes: number[];
}

/** Waarborg's sweep of the demo register's login_events rule over a freshly filled table. */
async function waarborg(
  connector: Connector,
  store: Store,
  register: Register,
  url: string,
  batch: number,
  target: number,
): Promise<Side> {
  const batchMs: number[] = [];
  const sizes: number[] = [];
  const started = performance.now();
  const [report] = await runRetention(
    {
      store,
      register,
      env: { ...process.env, DEMO_DATABASE_URL: url, WAARBORG_MASKING_KEY: "bench-masking-key-0123456789" },
      now: () => new Date(),
    },
    {
      rules: ["login_events"],
      batchSize: batch,
      batchTargetMs: target,
      afterBatch: (b) => {
        batchMs.push(b.ms);
        sizes.push(b.size);
      },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (!report || report.outcome !== "completed") throw new Error(`the sweep did not complete: ${report?.error}`);
  if (report.longestBatchMs !== Math.max(...batchMs))
    throw new Error("the report's longest batch is not the longest seen");
  return { seconds, batchMs, sizes };
}

/** Fills the table, runs one side, and checks it removed every expired row and nothing else. */
async function round(connector: Connector, rows: number, side: () => Promise<Side>, name: string): Promise<Side> {
  await fill(connector, rows);
  const result = await side();
  const left = await remaining(connector);
  if (left.expired !== 0) throw new Error(`${name}: ${left.expired} expired rows left behind`);
  if (left.fresh !== Math.ceil(rows / 10)) throw new Error(`${name}: rows that were not due were touched`);
  return result;
}

export async function run(): Promise<void> {
  const rows = option("rows", 1_000_000);
  const batch = option("batch", DEFAULT_BATCH_SIZE);
  const target = option("target", DEFAULT_BATCH_TARGET_MS);
  const rounds = option("rounds", 3);
  const url = process.env.BENCH_DATABASE_URL ?? URL_DEFAULT;
  await ensureDatabase(url);
  const connector = await openConnector(url, { poolSize: 4 });
  const dir = mkdtempSync(join(tmpdir(), "waarborg-retention-bench-"));
  const store = await openStore({ url: `sqlite:${join(dir, "store.db")}` });
  try {
    await migrateToLatest(store);
    const loaded = await loadRegister(new URL("../examples/demo/privacy.yaml", import.meta.url).pathname);
    if (!loaded.register) throw new Error("the demo register does not load");
    const register = loaded.register;

    // Rounds alternate which side goes first: on a shared machine the load changes from minute to
    // minute, and a ratio of two runs far apart in time would measure the load, not the sweep.
    const hands: Side[] = [];
    const ours: Side[] = [];
    for (let i = 0; i < rounds; i++) {
      const byHand = () =>
        round(connector, rows, async () => ({ ...(await handwritten(connector, batch)), sizes: [] }), "by hand");
      const sweep = () =>
        round(connector, rows, () => waarborg(connector, store, register, url, batch, target), "waarborg");
      if (i % 2 === 0) {
        hands.push(await byHand());
        ours.push(await sweep());
      } else {
        ours.push(await sweep());
        hands.push(await byHand());
      }
    }
    const ratios = hands.map((h, i) => h.seconds / ours[i]!.seconds);
    const allOurs = ours.flatMap((o) => o.batchMs);
    const allHands = hands.flatMap((h) => h.batchMs);
    const sizes = ours.flatMap((o) => o.sizes);
    const result = {
      rows,
      batch,
      target_ms: target,
      rounds,
      smallest_batch: Math.min(...sizes),
      waarborg_rows_per_s: Math.round(rows / median(ours.map((o) => o.seconds))),
      handwritten_rows_per_s: Math.round(rows / median(hands.map((h) => h.seconds))),
      ratio: Number(median(ratios).toFixed(3)),
      ratios: ratios.map((r) => Number(r.toFixed(3))),
      waarborg_longest_batch_ms: Number(Math.max(...allOurs).toFixed(1)),
      handwritten_longest_batch_ms: Number(Math.max(...allHands).toFixed(1)),
    };
    console.log(
      `rows removed per round:  ${rows} (and ${Math.ceil(rows / 10)} not yet due left alone), ${rounds} rounds`,
    );
    console.log(
      `waarborg sweep:          ${result.waarborg_rows_per_s} rows/s (median of rounds, audit and run record included)`,
    );
    console.log(`hand-written DELETE:     ${result.handwritten_rows_per_s} rows/s (median of rounds)`);
    console.log(
      `ratio:                   ${result.ratio} (median of ${result.ratios.join(", ")}; target at least 0.7)`,
    );
    console.log(
      `longest batch (locks):   waarborg ${result.waarborg_longest_batch_ms} ms, by hand ${result.handwritten_longest_batch_ms} ms (all rounds; target under 200 ms)`,
    );
    console.log(`waarborg batches:        ${spread(allOurs)}`);
    console.log(`hand-written batches:    ${spread(allHands)}`);
    console.log(
      `waarborg batch size:     ${target > 0 ? `adaptive, budget ${target} ms` : "fixed"}; between ${Math.min(...sizes)} and ${Math.max(...sizes)} rows, median ${median(sizes)}`,
    );
    console.log(JSON.stringify({ bench: "retention", ...result }));
  } finally {
    await store.close();
    await sql`drop table if exists login_events`.execute(connector.db).catch(() => undefined);
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
