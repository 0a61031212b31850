import { randomUUID } from "node:crypto";
import { appendAuditBatchIn, appendAuditIn, type AuditRecord } from "../src/audit/store.js";
import { retryOnConflict } from "../src/audit/conflict.js";
import { migrateToLatest } from "../src/store/migrate.js";
import { openStore, type Store } from "../src/store/open.js";
import type { StoreSchema } from "../src/store/schema.js";
import type { Transaction } from "kysely";
import { ms, percentile } from "./stats.js";

/**
 * Where a transaction appends its audit entries. Every writer of the log waits for the lock on the
 * chain's head, so the two ways are compared under concurrency on PostgreSQL, in one process, with
 * the work of a filing: a request row and two events, each with an audit entry.
 *  - as it happens (the baseline): each entry is appended right after its event, so the head stays
 *    locked from the first entry to the commit;
 *  - deferred (what inTransaction does): the entries are appended together just before the commit.
 */
const URL_DEFAULT = "postgres://postgres@127.0.0.1:5432/waarborg_bench_audit";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

type Way = "as it happens" | "deferred";

async function oneFiling(store: Store, way: Way): Promise<void> {
  await retryOnConflict(() =>
    store.db.transaction().execute(async (trx: Transaction<StoreSchema>) => {
      const id = randomUUID();
      const now = new Date().toISOString();
      await trx
        .insertInto("requests")
        .values({
          id,
          type: "access",
          status: "verifying",
          lang: "nl",
          identities_hash: randomUUID(),
          identities_encrypted: "x",
          received_at: now,
          due_at: now.slice(0, 10),
          status_token_hash: randomUUID(),
          created_at: now,
          updated_at: now,
        })
        .execute();
      const deferred: AuditRecord[] = [];
      for (const kind of ["received", "send_code"]) {
        await trx.insertInto("request_events").values({ request_id: id, at: now, kind, actor: "system" }).execute();
        const record: AuditRecord = {
          actor: "system",
          action: `request.${kind}`,
          subjectType: "request",
          subjectId: id,
        };
        if (way === "deferred") deferred.push(record);
        else await appendAuditIn(trx, store.dialect, record);
      }
      await appendAuditBatchIn(trx, store.dialect, deferred);
    }),
  );
}

async function load(store: Store, way: Way, connections: number, seconds: number) {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await oneFiling(store, way);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { perSecond: latencies.length / seconds, p99: percentile(latencies, 99) };
}

export async function run(): Promise<void> {
  const seconds = option("duration", 5);
  const connections = option("connections", 10);
  const url = process.env.BENCH_AUDIT_DATABASE_URL ?? URL_DEFAULT;
  await recreateDatabase(url);
  const store = await openStore({ url, poolSize: connections });
  try {
    await migrateToLatest(store);
    await load(store, "deferred", connections, 1); // warm-up
    const result: Record<Way, { perSecond: number[]; p99: number[] }> = {
      "as it happens": { perSecond: [], p99: [] },
      deferred: { perSecond: [], p99: [] },
    };
    // Alternating rounds, so both ways meet the same machine load.
    for (let round = 0; round < 2; round++) {
      for (const way of ["as it happens", "deferred"] as const) {
        const r = await load(store, way, connections, seconds);
        result[way].perSecond.push(r.perSecond);
        result[way].p99.push(r.p99);
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const base = result["as it happens"];
    const ours = result.deferred;
    console.log(`  ${connections} connections, ${seconds} s per round, 2 rounds each, PostgreSQL`);
    console.log(
      `  audit appended as it happens: ${mean(base.perSecond).toFixed(0)} filings/s, p99 ${ms(mean(base.p99))}`,
    );
    console.log(
      `  audit deferred to the commit: ${mean(ours.perSecond).toFixed(0)} filings/s, p99 ${ms(mean(ours.p99))}`,
    );
    const ratio = mean(ours.perSecond) / mean(base.perSecond);
    console.log(`  ratio: ${ratio.toFixed(2)}x throughput`);
    console.log(
      JSON.stringify({
        bench: "audit",
        connections,
        seconds,
        asItHappens: { perSecond: base.perSecond, p99Ms: base.p99 },
        deferred: { perSecond: ours.perSecond, p99Ms: ours.p99 },
        throughputRatio: ratio,
      }),
    );
  } finally {
    await store.close();
  }
}

async function recreateDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1).replaceAll('"', "");
  admin.pathname = "/postgres";
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`drop database if exists "${name}" with (force)`);
  await client.query(`create database "${name}"`);
  await client.end();
}
