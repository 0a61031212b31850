import { sql } from "kysely";
import type { AnyDb, Connector } from "./connector.js";

/** What the database says one column can hold: whether NULL, its declared type and length. */
export interface ColumnInfo {
  nullable: boolean;
  /** The type as the database reports it, lower case (varchar, integer, character varying, ...). */
  type: string;
  /** The declared maximum length in characters for text columns (VARCHAR(40) is 40), when there is one. */
  maxLength?: number;
}

/** A table's columns by name; undefined when the table does not exist. */
export type TableColumns = Map<string, ColumnInfo> | undefined;

// One small reader per database, so each can move behind its own connector when the dialects split.

async function postgresColumns(db: AnyDb, table: string, schema: string): Promise<TableColumns> {
  const { rows } = await sql<{ name: string; nullable: string; type: string; length: number | null }>`
    select column_name as name, is_nullable as nullable, data_type as type, character_maximum_length as length
    from information_schema.columns where table_schema = ${schema} and table_name = ${table}`.execute(db);
  return toMap(rows.map((r) => ({ name: r.name, nullable: r.nullable === "YES", type: r.type, length: r.length })));
}

async function mysqlColumns(db: AnyDb, table: string, schema: string | undefined): Promise<TableColumns> {
  const { rows } = await sql<{ name: string; nullable: string; type: string; length: number | string | null }>`
    select COLUMN_NAME as name, IS_NULLABLE as nullable, DATA_TYPE as type, CHARACTER_MAXIMUM_LENGTH as length
    from information_schema.COLUMNS
    where TABLE_SCHEMA = ${schema ?? sql`database()`} and TABLE_NAME = ${table}`.execute(db);
  return toMap(rows.map((r) => ({ name: r.name, nullable: r.nullable === "YES", type: r.type, length: r.length })));
}

/**
 * SQLite keeps any length in any column, so the declared type (VARCHAR(40)) is the only place a
 * length is written down: read it from there, as the company's other databases would enforce it.
 */
async function sqliteColumns(db: AnyDb, table: string): Promise<TableColumns> {
  const { rows } = await sql<{ name: string; type: string; notnull: number; pk: number }>`
    select name, type, "notnull", pk from pragma_table_info(${table})`.execute(db);
  return toMap(
    rows.map((r) => {
      const length = /^\s*(?:n?var)?char(?:acter)?(?:\s+varying)?\s*\(\s*(\d+)\s*\)/i.exec(r.type)?.[1];
      return { name: r.name, nullable: r.notnull === 0 && r.pk === 0, type: r.type, length: length ?? null };
    }),
  );
}

function toMap(
  rows: { name: string; nullable: boolean; type: string; length: number | string | null }[],
): TableColumns {
  if (rows.length === 0) return undefined;
  const out = new Map<string, ColumnInfo>();
  for (const r of rows) {
    const info: ColumnInfo = { nullable: r.nullable, type: String(r.type).toLowerCase() };
    const length = r.length === null ? undefined : Number(r.length);
    // MySQL reports TEXT's 65535 and LONGTEXT's 4294967295 as lengths: only real limits matter here.
    if (length !== undefined && Number.isFinite(length) && length < 65_535) info.maxLength = length;
    out.set(r.name, info);
  }
  return out;
}

/** The columns of one table, in the schema the register names or the connection's default. */
export function readColumns(connector: Connector, table: string, schema?: string): Promise<TableColumns> {
  if (connector.dialect === "postgres")
    return postgresColumns(connector.db, table, schema ?? connector.defaultSchema ?? "public");
  if (connector.dialect === "mysql") return mysqlColumns(connector.db, table, schema ?? connector.defaultSchema);
  return sqliteColumns(connector.db, table);
}
