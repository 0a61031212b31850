import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { DEFAULT_STORE_URL } from "./config.js";
import { type StoreDialect, storeDialectOf } from "./dialect.js";
import type { StoreSchema } from "./schema.js";

export interface Store {
  readonly db: Kysely<StoreSchema>;
  readonly dialect: StoreDialect;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** `sqlite:<path>` or `postgres://...`; the SQLite default when absent. Never logged: it may hold a password. */
  url?: string;
  /** PostgreSQL connections in the pool. */
  poolSize?: number;
}

/**
 * The store holds sessions, encrypted identities and the outbox's codes: readable by the owner only.
 * SQLite gives the -wal and -shm files it creates the database file's mode, so creating that file
 * 0600 first covers all three; a store made before this is narrowed on open.
 */
function ownerOnly(path: string): void {
  if (!existsSync(path)) closeSync(openSync(path, "a", 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}

/** How long a SQLite writer waits for another writer's lock before giving up with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the service store. Drivers load lazily, so an embedded install never touches pg. On SQLite,
 * open one Store per file per process and share it: better-sqlite3 is synchronous, so a second
 * connection in the same process waiting for the first one's write lock would block the very thread
 * that has to release it. Separate processes (a worker next to the service) are fine.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const url = options.url ?? DEFAULT_STORE_URL;
  const dialect = storeDialectOf(url);
  if (dialect === "postgres") {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle connection the server closes (a restart, a terminated backend) is dropped by the pool; without
    // a listener its error event would end the process.
    pool.on("error", (error) => process.emitWarning(`store connection closed by the server: ${error.message}`));
    const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect, close: () => db.destroy() };
  }
  const path = url.slice("sqlite:".length);
  if (!path) throw new Error("the SQLite store needs a file path: sqlite:<path>");
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  ownerOnly(path);
  const { default: Database } = await import("better-sqlite3");
  const database = new Database(path);
  // WAL lets readers (the privacy center) run while a worker writes; foreign keys are off by default in
  // SQLite; the busy timeout makes a second process wait for a write lock instead of failing at once.
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect, close: () => db.destroy() };
}
