import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { openConnector } from "../src/connectors/open.js";
import type { Connector } from "../src/connectors/connector.js";
import { loadRegister } from "../src/register/load.js";
import { DEFAULT_BATCH_SIZE, runRetention } from "../src/retention/index.js";
import { migrateToLatest } from "../src/store/migrate.js";
import { openStore } from "../src/store/open.js";

/**
 * Retention on PostgreSQL: N expired login events of the demo database (plus a tenth as many not
 * yet due) removed by Waarborg's sweep of the demo register's `login_events` rule, next to a
 * hand-written batched DELETE of the same rows, in the same run on the same data. Both delete
 * batches of the same size by primary key; each is timed per batch, since a batch's transaction is
 * how long the company's application could wait on the locks it holds.
 *
 *   npm run bench -- retention [--rows 1000000] [--batch 2000]
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
async function handwritten(connector: Connector, batch: number): Promise<{ seconds: number; longestMs: number }> {
  const cutoff = new Date(Date.now() - 90 * 86_400_000).toISOString();
  let longestMs = 0;
  const started = performance.now();
  for (;;) {
    const t = performance.now();
    const result = await sql`delete from login_events where id in (
      select id from login_events where at <= ${cutoff} order by id limit ${batch})`.execute(connector.db);
    longestMs = Math.max(longestMs, performance.now() - t);
    if (Number(result.numAffectedRows ?? 0n) < batch) break;
  }
  return { seconds: (performance.now() - started) / 1000, longestMs };
}

export async function run(): Promise<void> {
  const rows = option("rows", 1_000_000);
  const batch = option("batch", DEFAULT_BATCH_SIZE);
  const url = process.env.BENCH_DATABASE_URL ?? URL_DEFAULT;
  await ensureDatabase(url);
  const connector = await openConnector(url, { poolSize: 4 });
  const dir = mkdtempSync(join(tmpdir(), "waarborg-retention-bench-"));
  const store = await openStore({ url: `sqlite:${join(dir, "store.db")}` });
  try {
    await migrateToLatest(store);
    const loaded = await loadRegister(new URL("../examples/demo/privacy.yaml", import.meta.url).pathname);
    if (!loaded.register) throw new Error("the demo register does not load");

    await fill(connector, rows);
    const hand = await handwritten(connector, batch);
    const afterHand = await remaining(connector);

    await fill(connector, rows);
    const started = performance.now();
    const [report] = await runRetention(
      {
        store,
        register: loaded.register,
        env: { ...process.env, DEMO_DATABASE_URL: url, WAARBORG_MASKING_KEY: "bench-masking-key-0123456789" },
        now: () => new Date(),
      },
      { rules: ["login_events"], batchSize: batch },
    );
    const seconds = (performance.now() - started) / 1000;
    const afterWaarborg = await remaining(connector);
    if (!report || report.outcome !== "completed") throw new Error(`the sweep did not complete: ${report?.error}`);
    if (report.handled !== rows || afterWaarborg.expired !== 0 || afterHand.expired !== 0)
      throw new Error(`rows left behind: waarborg ${afterWaarborg.expired}, by hand ${afterHand.expired}`);
    if (afterWaarborg.fresh !== Math.ceil(rows / 10)) throw new Error("the sweep touched rows that were not due");

    const result = {
      rows,
      batch,
      waarborg_rows_per_s: Math.round(rows / seconds),
      handwritten_rows_per_s: Math.round(rows / hand.seconds),
      ratio: Number((hand.seconds / seconds).toFixed(3)),
      waarborg_longest_batch_ms: Number(report.longestBatchMs.toFixed(1)),
      handwritten_longest_batch_ms: Number(hand.longestMs.toFixed(1)),
    };
    console.log(`rows removed:            ${rows} (and ${Math.ceil(rows / 10)} not yet due left alone)`);
    console.log(
      `waarborg sweep:          ${result.waarborg_rows_per_s} rows/s (${seconds.toFixed(1)} s, audit and run record included)`,
    );
    console.log(`hand-written DELETE:     ${result.handwritten_rows_per_s} rows/s (${hand.seconds.toFixed(1)} s)`);
    console.log(`ratio:                   ${result.ratio} (target at least 0.7)`);
    console.log(
      `longest batch (locks):   waarborg ${result.waarborg_longest_batch_ms} ms, by hand ${result.handwritten_longest_batch_ms} ms (target under 200 ms)`,
    );
    console.log(JSON.stringify({ bench: "retention", ...result }));
  } finally {
    await store.close();
    await sql`drop table if exists login_events`.execute(connector.db).catch(() => undefined);
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
