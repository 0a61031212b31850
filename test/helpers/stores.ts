import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe } from "vitest";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";
import { available, createTestDatabase } from "./databases.js";
import { dropQuietly } from "./quiet-drop.js";

/**
 * The service stores the lifecycle and HTTP suites run on, in the manner of the connector suites:
 * WAARBORG_TEST_STORE=sqlite,postgres selects them (both by default). A PostgreSQL server that is not
 * running makes its suites skip with a loud notice, except under CI=true, where it fails the run.
 */
export const STORE_KINDS = ["sqlite", "postgres"] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/**
 * The title of a suite run on one store. scripts/test.mjs counts results per store by this phrase in
 * a test's full name, so keep the two in step.
 */
export const storeTitle = (kind: StoreKind) => `on the ${kind} store`;

function selectedStores(): StoreKind[] {
  const wanted = (process.env.WAARBORG_TEST_STORE ?? STORE_KINDS.join(",")).split(",").map((s) => s.trim());
  const unknown = wanted.filter((s) => s && !(STORE_KINDS as readonly string[]).includes(s));
  if (unknown.length > 0)
    throw new Error(`WAARBORG_TEST_STORE: unknown store ${unknown.join(", ")}; expected ${STORE_KINDS.join(", ")}`);
  return STORE_KINDS.filter((kind) => wanted.includes(kind));
}

/** The selected stores whose server is up (see `available`), for describe.each. */
export async function storesUnderTest(): Promise<StoreKind[]> {
  const kinds: StoreKind[] = [];
  for (const kind of selectedStores()) if (await available(kind)) kinds.push(kind);
  return kinds;
}

/** Whether a suite that only makes sense on one store should run. */
export async function storeUnderTest(kind: StoreKind): Promise<boolean> {
  return selectedStores().includes(kind) && (await available(kind));
}

export interface TestStore {
  kind: StoreKind;
  /** The store's URL, for a child process (a worker) to open the same store. */
  url: string;
  store: Store;
  /** A temporary folder of the store's own, for files that go with it (a demo database, packages). */
  dir: string;
  /**
   * The command-line options that point `waarborg` at this store: `--store` for SQLite; for
   * PostgreSQL an environment variable of its own holding the URL, as a URL with a password is given.
   */
  cliArgs: string[];
  /** Deletes every row, so the next test starts on an empty, migrated store without migrating again. */
  empty(): Promise<void>;
  /** Closes the store and drops its database (PostgreSQL) or removes its folder. */
  close(): Promise<void>;
}

/** Tables the migrator keeps for itself: emptying them would make the next migrate start over. */
const MIGRATOR_TABLES = new Set(["kysely_migration", "kysely_migration_lock"]);

async function tablesOf(store: Store): Promise<string[]> {
  const rows =
    store.dialect.name === "postgres"
      ? await sql<{ name: string }>`
          select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db)
      : await sql<{ name: string }>`
          select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(store.db);
  return rows.rows.map((r) => r.name).filter((name) => !MIGRATOR_TABLES.has(name));
}

async function emptyStore(store: Store): Promise<void> {
  const tables = await tablesOf(store);
  if (tables.length === 0) return;
  if (store.dialect.name === "postgres") {
    await sql`truncate ${sql.join(tables.map((t) => sql.table(t)))} restart identity cascade`.execute(store.db);
    return;
  }
  // Foreign keys would make the order matter; the pragma cannot change inside a transaction, so it is
  // switched off around one.
  await sql`pragma foreign_keys = off`.execute(store.db);
  try {
    await store.db.transaction().execute(async (trx) => {
      for (const table of tables) await sql`delete from ${sql.table(table)}`.execute(trx);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(store.db);
  }
}

/**
 * A fresh, migrated service store of its own: a SQLite file in a temporary folder, or a PostgreSQL
 * database made for it (a database rather than a schema, because pg-boss keeps its tables in a fixed
 * schema, and two suites must not share those). Open one per suite and `empty()` it between tests.
 */
export async function openTestStore(kind: StoreKind = "sqlite"): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-store-"));
  const database = kind === "postgres" ? await createTestDatabase("postgres") : undefined;
  const url = database?.url ?? `sqlite:${join(dir, "store.db")}`;
  let store: Store | undefined;
  try {
    store = await openStore({ url, poolSize: 5 });
    await migrateToLatest(store);
  } catch (error) {
    await store?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const opened = store;
  const urlEnv = `WAARBORG_TEST_STORE_URL_${randomBytes(4).toString("hex")}`;
  if (kind === "postgres") process.env[urlEnv] = url;
  return {
    kind,
    url,
    store: opened,
    dir,
    cliArgs: kind === "postgres" ? ["--database-url-env", urlEnv] : ["--store", url],
    empty: () => emptyStore(opened),
    async close() {
      delete process.env[urlEnv];
      await opened.close();
      if (database) await dropQuietly(database);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `body` once for every store under test, as `<title> on the <kind> store`: the store is in every
 * test's full name, which is how scripts/test.mjs counts results per store.
 */
export async function describeEachStore(title: string, body: (kind: StoreKind) => void): Promise<void> {
  const kinds = await storesUnderTest();
  describe.each(kinds)(`${title} ${storeTitle("%s" as StoreKind)}`, body);
}

/**
 * One store for the describe block this is called in: opened (and migrated) before its first test,
 * closed and dropped after its last. Call it before the block's own hooks, so the store outlives them.
 */
export function useTestStore(kind: StoreKind): () => TestStore {
  let opened: TestStore | undefined;
  beforeAll(async () => {
    opened = await openTestStore(kind);
  });
  afterAll(async () => {
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error("the test store is opened in beforeAll: use it inside a test or hook");
    return opened;
  };
}
