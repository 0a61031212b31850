import { type Kysely, sql } from "kysely";
import { type TableColumns, toMap } from "./columns.js";
import type { ForeignKeyRow, KeyRows, PrimaryKeyRow } from "./keys.js";

/**
 * Primary and foreign keys of one MySQL/MariaDB database from information_schema. Foreign key names
 * are unique per database there, so the constraint name identifies a key.
 */
// any: catalog queries run on any company database.
export async function mysqlKeys(db: Kysely<any>, database: string): Promise<KeyRows> {
  const primary = await sql<PrimaryKeyRow>`
    select TABLE_NAME as \`table\`, COLUMN_NAME as \`column\`, ORDINAL_POSITION as \`position\`
    from information_schema.KEY_COLUMN_USAGE
    where TABLE_SCHEMA = ${database} and CONSTRAINT_NAME = 'PRIMARY'
    order by 1, 3`.execute(db);
  const foreign = await sql<ForeignKeyRow>`
    select TABLE_NAME as \`table\`, CONSTRAINT_NAME as \`key\`, COLUMN_NAME as \`column\`,
      ORDINAL_POSITION as \`position\`, REFERENCED_TABLE_NAME as parentTable, REFERENCED_COLUMN_NAME as parentColumn
    from information_schema.KEY_COLUMN_USAGE
    where TABLE_SCHEMA = ${database} and REFERENCED_TABLE_SCHEMA = ${database} and REFERENCED_TABLE_NAME is not null
    order by 1, 2, 4`.execute(db);
  const asNumber = <T extends { position: number }>(row: T): T => ({ ...row, position: Number(row.position) });
  return { primaryKeys: primary.rows.map(asNumber), foreignKeys: foreign.rows.map(asNumber) };
}

/** The columns of one table in a MySQL/MariaDB database (the connection's own when none is named). */
export async function mysqlColumns(db: Kysely<any>, table: string, schema: string | undefined): Promise<TableColumns> {
  const { rows } = await sql<{ name: string; nullable: string; type: string; length: number | string | null }>`
    select COLUMN_NAME as name, IS_NULLABLE as nullable, DATA_TYPE as type, CHARACTER_MAXIMUM_LENGTH as length
    from information_schema.COLUMNS
    where TABLE_SCHEMA = ${schema ?? sql`database()`} and TABLE_NAME = ${table}`.execute(db);
  return toMap(rows.map((r) => ({ name: r.name, nullable: r.nullable === "YES", type: r.type, length: r.length })));
}
