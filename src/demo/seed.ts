import type { Kysely, Transaction } from "kysely";
import type { Connector, DatabaseDialect, Dialect } from "../connectors/index.js";
import { DEMO_DIALECTS, type DemoDialect, demoDialect } from "./dialects.js";
import { DemoGenerator, type Row } from "./generate.js";
import { isSeed } from "./random.js";
import { seedOnServer } from "./seed-postgres.js";
import { type DemoTable, demoTableSizes, organisationCount } from "./shape.js";
import { DEMO_TABLES } from "./tables.js";

export interface SeedOptions {
  /** Users to create; every other table is sized from this (see shape.ts). */
  subjects: number;
  /** The same seed gives the same rows. */
  seed?: number;
  onProgress?: (done: number, total: number) => void;
  /** Work after the rows are in that takes a while on big populations (indexes, statistics). */
  onStage?: (stage: string) => void;
  /**
   * rows: generated here and sent in batched multi-row inserts (every dialect); server: generated
   * by PostgreSQL itself with generate_series (PostgreSQL only, for millions of subjects);
   * auto: server on PostgreSQL from SERVER_SIDE_FROM subjects on.
   */
  method?: "auto" | "rows" | "server";
}

export interface SeedResult {
  method: "rows" | "server";
  rows: Record<DemoTable, number>;
  milliseconds: number;
}

export const SERVER_SIDE_FROM = 20_000;
const ROWS_PER_INSERT = 1000;

/** Fills empty demo tables (created by createDemoSchema) with a deterministic population, in one transaction. */
export async function seedDemo(connector: Connector, options: SeedOptions): Promise<SeedResult> {
  const { subjects, seed = 1, onProgress } = options;
  if (!Number.isSafeInteger(subjects) || subjects < 1) throw new RangeError("subjects must be a positive integer");
  if (!isSeed(seed)) throw new RangeError("seed must be an integer from 0 to 4294967295");
  const demo = demoDialect(connector);
  const method = chooseMethod(demo, subjects, options.method ?? "auto");
  const existing = await connector.db.selectFrom("users").select("id").limit(1).execute();
  if (existing.length > 0) throw new Error("the demo tables already hold rows; reset them first");

  const started = performance.now();
  const sizes = demoTableSizes(subjects);
  const total = Object.values(sizes).reduce((sum, n) => sum + n, 0);
  const progress = onProgress ?? (() => {});
  const stage = options.onStage ?? (() => {});
  await connector.db.transaction().execute(async (trx) => {
    if (method === "server") await seedOnServer(trx, subjects, seed, total, progress, stage);
    else await insertRows(trx, connector.dialect, demo, subjects, seed, total, progress);
    await demo.afterSeed?.inTransaction(
      trx,
      DEMO_TABLES.map((table) => table.name),
    );
  });
  if (demo.afterSeed) {
    stage("updating the planner's statistics");
    await demo.afterSeed.afterwards(connector.db);
  }
  return { method, rows: sizes, milliseconds: performance.now() - started };
}

function chooseMethod(demo: DemoDialect, subjects: number, wanted: "auto" | "rows" | "server"): "rows" | "server" {
  if (wanted === "server" && !demo.serverSideSeeding) throw new Error("server-side seeding needs PostgreSQL");
  if (wanted !== "auto") return wanted;
  return demo.serverSideSeeding && subjects >= SERVER_SIDE_FROM ? "server" : "rows";
}

/** Rows per insert: about a thousand, fewer when the columns would pass the dialect's parameter limit. */
export function rowsPerInsert(dialect: Dialect, columns: number): number {
  return Math.min(ROWS_PER_INSERT, Math.floor(DEMO_DIALECTS[dialect].parameterLimit / columns));
}

/** The tables each table references, so a batch is only written after the rows it points at. */
const PARENTS = new Map<DemoTable, DemoTable[]>(
  DEMO_TABLES.map((table) => [
    table.name,
    [...new Set(table.columns.flatMap((column) => (column.references ? [column.references] : [])))],
  ]),
);

async function insertRows(
  // any: the demo tables are not typed for Kysely.
  trx: Transaction<any>,
  dialect: DatabaseDialect,
  demo: DemoDialect,
  subjects: number,
  seed: number,
  total: number,
  progress: (done: number, total: number) => void,
): Promise<void> {
  const generator = new DemoGenerator(subjects, seed, (ms) => dialect.timestamp(ms));
  const pending = new Map<DemoTable, Row[]>(DEMO_TABLES.map((table) => [table.name, []]));
  const batch = new Map(DEMO_TABLES.map((table) => [table.name, rowsPerInsert(dialect.name, table.columns.length)]));
  let done = 0;

  const flush = async (table: DemoTable): Promise<void> => {
    const rows = pending.get(table)!;
    if (rows.length === 0) return;
    for (const parent of PARENTS.get(table)!) await flush(parent);
    pending.set(table, []);
    const size = batch.get(table)!;
    for (let i = 0; i < rows.length; i += size) {
      const chunk = rows.slice(i, i + size);
      await (trx as Kysely<Record<string, Row>>).insertInto(table).values(chunk).execute();
      done += chunk.length;
      progress(done, total);
    }
  };

  for (let o = 1; o <= organisationCount(subjects); o++) {
    for (const [table, rows] of Object.entries(generator.organisation(o)) as [DemoTable, Row[]][]) {
      const queue = pending.get(table)!;
      for (const row of rows) queue.push(row);
      if (queue.length >= batch.get(table)!) await flush(table);
    }
  }
  pending.get("newsletter_subscriptions")!.push(...generator.anonymousSubscribers());
  for (const table of DEMO_TABLES) await flush(table.name);
}
