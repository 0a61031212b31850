import { Kysely, PostgresDialect, sql } from "kysely";
import type { StoreDialect } from "./dialect.js";
import type { StoreSchema } from "./schema.js";

/** The store for many processes on many machines: row locks, overlapping commits, pg-boss. */
export const postgresStoreDialect: StoreDialect = {
  name: "postgres",
  autoIncrementKey: (col) => col.primaryKey().generatedByDefaultAsIdentity(),
  binaryType: "bytea",
  async appendOnly(db, table, message) {
    const fn = sql.id(`${table}_append_only`);
    await sql`create function ${fn}() returns trigger language plpgsql as $$
      begin raise exception '${sql.raw(message.replaceAll("'", "''"))}'; end $$`.execute(db);
    await sql`create trigger ${fn} before update or delete on ${sql.table(table)}
      for each statement execute function ${fn}()`.execute(db);
  },
  async dropAppendOnly(db, table) {
    await sql`drop function ${sql.id(`${table}_append_only`)}()`.execute(db);
  },
  forUpdate: (query) => query.forUpdate() as typeof query,
  forUpdateSkipLocked: (query) => query.forUpdate().skipLocked() as typeof query,
  // One UPDATE ... WHERE id = (SELECT ... FOR UPDATE SKIP LOCKED) is atomic on its own.
  serialisedWrite: (db, work) => work(db),
  parallelCommits: 4,
  insertsThroughWith: true,
  pgBoss: true,
};

export async function openPostgresStore(url: string, poolSize: number): Promise<Kysely<StoreSchema>> {
  const { default: pg } = await import("pg");
  // A host that drops packets would otherwise leave the first query waiting for ever.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 });
  // An idle connection the server closes (a restart, a terminated backend) is dropped by the pool; without
  // a listener its error event would end the process.
  pool.on("error", (error) => process.emitWarning(`store connection closed by the server: ${error.message}`));
  return new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
}
