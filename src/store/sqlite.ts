import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { StoreDialect } from "./dialect.js";
import { StoreConfigError } from "./config.js";
import type { StoreSchema } from "./schema.js";

/** How long a SQLite writer waits for another writer's lock before giving up with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** The embedded store: one file, one writer at a time. */
export const sqliteStoreDialect: StoreDialect = {
  name: "sqlite",
  autoIncrementKey: (col) => col.primaryKey().autoIncrement(),
  binaryType: "blob",
  async appendOnly(db, table, message) {
    for (const event of ["update", "delete"])
      await sql
        .raw(
          `create trigger ${table}_no_${event} before ${event} on ${table}
           begin select raise(abort, '${message.replaceAll("'", "''")}'); end`,
        )
        .execute(db);
  },
  // The triggers are dropped with their table.
  dropAppendOnly: async () => {},
  forUpdate: (query) => query,
  forUpdateSkipLocked: (query) => query,
  // BEGIN IMMEDIATE takes the write lock before the SELECT inside the UPDATE reads, so two processes
  // never pick the same job, and a process that finds the lock taken waits (busy_timeout) instead of
  // failing as a deferred transaction upgrading to a writer would (SQLITE_BUSY_SNAPSHOT).
  serialisedWrite: (db, work) =>
    db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const result = await work(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (error) {
        await sql`rollback`.execute(conn);
        throw error;
      }
    }),
  parallelCommits: 1,
  insertsThroughWith: false,
  pgBoss: false,
};

/**
 * The store holds sessions, encrypted identities and the outbox's codes: readable by the owner only.
 * SQLite gives the -wal and -shm files it creates the database file's mode, so creating that file
 * 0600 first covers all three; a store made before this is narrowed on open.
 */
function ownerOnly(path: string): void {
  if (!existsSync(path)) closeSync(openSync(path, "a", 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}

/**
 * Opens a SQLite store. Open one per file per process and share it: better-sqlite3 is synchronous, so
 * a second connection in the same process waiting for the first one's write lock would block the very
 * thread that has to release it. Separate processes (a worker next to the service) are fine.
 */
export async function openSqliteStore(url: string): Promise<Kysely<StoreSchema>> {
  const path = url.slice("sqlite:".length);
  if (!path) throw new StoreConfigError("the SQLite store needs a file path: sqlite:<path>");
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  ownerOnly(path);
  const { default: Database } = await import("better-sqlite3");
  const database = new Database(path);
  // WAL lets readers (the privacy center) run while a worker writes; foreign keys are off by default in
  // SQLite; the busy timeout makes a second process wait for a write lock instead of failing at once.
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  return new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database }) });
}
