import { Kysely, MysqlDialect, PostgresDialect, SqliteDialect } from "kysely";
import type { Connector, Dialect } from "./connector.js";

export interface OpenOptions {
  /** Connections in the pool; the engine runs one query per collection at a time per connection. */
  poolSize?: number;
}

/** Which dialect a URL speaks: postgres://, mysql:// (also MariaDB), sqlite:path or file:path. */
export function dialectOf(url: string): Dialect {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  if (/^(mysql|mariadb):\/\//.test(url)) return "mysql";
  if (/^(sqlite|file):/.test(url)) return "sqlite";
  // The URL may hold a password: say what was expected, never echo it.
  throw new Error("unsupported database URL: expected postgres://, mysql://, mariadb://, sqlite: or file:");
}

function sqlitePath(url: string): string {
  return url.replace(/^(sqlite|file):(\/\/)?/, "") || ":memory:";
}

/** Opens a connector for a URL. Drivers load lazily so a SQLite-only install never touches pg or mysql2. */
export async function openConnector(url: string, options: OpenOptions = {}): Promise<Connector> {
  const dialect = dialectOf(url);
  const poolSize = options.poolSize ?? 4;
  if (dialect === "postgres") {
    const { default: pg } = await import("pg");
    // BIGINT and NUMERIC arrive as strings by default; keep that: ids must round-trip exactly.
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    // An idle connection the server closes (a restart, a terminated backend) is dropped by the pool; without
    // a listener its error event would end the process.
    pool.on("error", (error) => process.emitWarning(`connector connection closed by the server: ${error.message}`));
    const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
    return { dialect, db, defaultSchema: "public", close: () => db.destroy() };
  }
  if (dialect === "mysql") {
    const mysql = await import("mysql2");
    const pool = mysql.createPool({
      uri: url.replace(/^mariadb:/, "mysql:"),
      connectionLimit: poolSize,
      // Dates as strings and big numbers as strings: what the database holds, not a lossy JS conversion.
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: true,
      charset: "utf8mb4",
    });
    // Sessions in UTC: DATETIME values are written and read as UTC (timestamps.ts), whatever the server's zone.
    pool.on("connection", (connection) => connection.query("SET time_zone = '+00:00'"));
    const db = new Kysely({ dialect: new MysqlDialect({ pool }) });
    const database = new URL(url.replace(/^mariadb:/, "mysql:")).pathname.slice(1) || undefined;
    return { dialect, db, defaultSchema: database, close: () => db.destroy() };
  }
  const { default: Database } = await import("better-sqlite3");
  const database = new Database(sqlitePath(url));
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  const db = new Kysely({ dialect: new SqliteDialect({ database }) });
  return { dialect, db, close: () => db.destroy() };
}
