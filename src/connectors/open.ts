import { createHash } from "node:crypto";
import type { Connector } from "./connector.js";
import type { DatabaseDialect, Dialect } from "./dialect.js";
import { mysqlDialect, openMysql } from "./mysql.js";
import { openPostgres, postgresDialect } from "./postgres.js";
import { openSqlite, sqliteDialect } from "./sqlite.js";

/*
 * The factory: the one place that chooses an implementation by database. Everything else asks the
 * connector's dialect (dialect.ts); lint refuses comparisons of a dialect's name elsewhere.
 */

const DIALECT_BY_NAME: Record<Dialect, DatabaseDialect> = {
  postgres: postgresDialect,
  mysql: mysqlDialect,
  sqlite: sqliteDialect,
};

export interface OpenOptions {
  /** Connections in the pool; the engine runs one query per collection at a time per connection. */
  poolSize?: number;
  /** A database that is a file (SQLite): create the folder it lives in when missing. */
  createFolder?: boolean;
}

const OPEN_BY_NAME: Record<Dialect, (url: string, options: OpenOptions) => Promise<Connector>> = {
  postgres: (url, options) => openPostgres(url, options.poolSize ?? 4),
  mysql: (url, options) => openMysql(url, options.poolSize ?? 4),
  sqlite: (url, options) => openSqlite(url, options.createFolder ?? false),
};

/** Which dialect a URL speaks: postgres://, mysql:// (also MariaDB), sqlite:path or file:path. */
export function dialectOf(url: string): Dialect {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  if (/^(mysql|mariadb):\/\//.test(url)) return "mysql";
  if (/^(sqlite|file):/.test(url)) return "sqlite";
  // The URL may hold a password: say what was expected, never echo it.
  throw new Error("unsupported database URL: expected postgres://, mysql://, mariadb://, sqlite: or file:");
}

/** The implementation for a database by name. */
export function databaseDialect(name: Dialect): DatabaseDialect {
  return DIALECT_BY_NAME[name];
}

/** Opens a connector for a URL. Drivers load lazily so a SQLite-only install never touches pg or mysql2. */
export async function openConnector(url: string, options: OpenOptions = {}): Promise<Connector> {
  const connector = await OPEN_BY_NAME[dialectOf(url)](url, options);
  return { ...connector, source: sourceOf(url) };
}

/** The URL without its password, hashed: the same database gives the same source, and no secret is kept. */
function sourceOf(url: string): string {
  let bare = url;
  try {
    const parsed = new URL(url);
    parsed.password = "";
    bare = parsed.toString();
  } catch {
    // sqlite:path is no URL the parser accepts, and holds no password either.
  }
  return createHash("sha256").update(bare).digest("hex").slice(0, 16);
}
