import type { Kysely } from "kysely";
import { DEFAULT_STORE_URL, StoreConfigError } from "./config.js";
import type { StoreDialect, StoreDialectName } from "./dialect.js";
import { openPostgresStore, postgresStoreDialect } from "./postgres.js";
import type { StoreSchema } from "./schema.js";
import { openSqliteStore, sqliteStoreDialect } from "./sqlite.js";
import { pingStore, unreachable } from "./unreachable.js";

export interface Store {
  readonly db: Kysely<StoreSchema>;
  /** What this store's database does differently; ask it, never compare its name. */
  readonly dialect: StoreDialect;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** `sqlite:<path>` or `postgres://...`; the SQLite default when absent. Never logged: it may hold a password. */
  url?: string;
  /** PostgreSQL connections in the pool. */
  poolSize?: number;
}

/*
 * The factory: the one place that chooses a store implementation by database.
 */

const DIALECT_BY_NAME: Record<StoreDialectName, StoreDialect> = {
  sqlite: sqliteStoreDialect,
  postgres: postgresStoreDialect,
};

const OPEN_BY_NAME: Record<StoreDialectName, (url: string, options: OpenStoreOptions) => Promise<Kysely<StoreSchema>>> =
  {
    sqlite: (url) => openSqliteStore(url),
    postgres: (url, options) => openPostgresStore(url, options.poolSize ?? 10),
  };

function storeDialectName(url: string): StoreDialectName {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  if (url.startsWith("sqlite:")) return "sqlite";
  // The URL may hold a password: the error names the forms, never the URL.
  throw new StoreConfigError("unsupported store URL: expected sqlite:<path> or postgres://");
}

/** What the store at a URL does differently, without opening it. */
export function storeDialectOf(url: string): StoreDialect {
  return DIALECT_BY_NAME[storeDialectName(url)];
}

/**
 * Opens the service store. Drivers load lazily, so an embedded install never touches pg. On SQLite,
 * open one Store per file per process and share it (see sqlite.ts). The store answers one query
 * before it is handed out, so a wrong URL or a server that is down is one StoreUnreachableError here,
 * before a caller starts anything else.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const url = options.url ?? DEFAULT_STORE_URL;
  const name = storeDialectName(url);
  let db: Kysely<StoreSchema>;
  try {
    db = await OPEN_BY_NAME[name](url, options);
  } catch (error) {
    if (error instanceof StoreConfigError) throw error;
    throw unreachable(error);
  }
  try {
    await pingStore(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  return { db, dialect: DIALECT_BY_NAME[name], close: () => db.destroy() };
}
