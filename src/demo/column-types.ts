import { type Expression, sql } from "kysely";
import type { Connector, Dialect } from "../connectors/index.js";
import type { ColumnKind } from "./tables.js";

/**
 * How each dialect stores the demo's column kinds. Timestamps: `timestamptz` on PostgreSQL,
 * `datetime(3)` in UTC on MySQL/MariaDB, ISO 8601 text on SQLite (which has no date type);
 * `timestampValue` writes and `readTimestamp` reads them back as the same ISO string.
 */
export function columnType(dialect: Dialect, kind: ColumnKind, exactCollation: string): Expression<unknown> {
  switch (kind) {
    case "id":
    case "ref":
      return dialect === "sqlite" ? sql`integer` : sql`bigint`;
    case "integer":
      return sql`integer`;
    case "timestamp":
      return dialect === "postgres" ? sql`timestamptz` : dialect === "mysql" ? sql`datetime(3)` : sql`text`;
    case "long_text":
      return sql`text`;
    case "text":
      return dialect === "mysql" ? sql`varchar(255)` : sql`text`;
    case "identity":
      // MariaDB's utf8mb4_bin pads with spaces ('a' = 'a '); identities need a NO PAD binary collation.
      return dialect === "mysql"
        ? sql`varchar(255) character set utf8mb4 collate ${sql.raw(exactCollation)}`
        : sql`text`;
  }
}

/**
 * The collation MySQL-family servers compare identities with: binary and NO PAD, so only the very
 * same bytes match (no case folding, no accent folding, no ignored trailing spaces).
 */
export async function exactCollation(connector: Connector): Promise<string> {
  if (connector.dialect !== "mysql") return "";
  const { rows } = await sql<{ version: string }>`select version() as version`.execute(connector.db);
  return /mariadb/i.test(rows[0]?.version ?? "") ? "utf8mb4_nopad_bin" : "utf8mb4_0900_bin";
}
