import { type Kysely, sql } from "kysely";
import { type TableColumns, toMap } from "./columns.js";
import type { ForeignKeyRow, KeyRows, PrimaryKeyRow } from "./keys.js";

/**
 * Primary and foreign keys of a SQLite file: sqlite_master joined with the table-valued forms of
 * pragma table_info and pragma foreign_key_list, so one query covers every table.
 */
// any: catalog queries run on any company database.
export async function sqliteKeys(db: Kysely<any>): Promise<KeyRows> {
  const primary = await sql<PrimaryKeyRow>`
    select m.name as "table", p.name as "column", p.pk as "position"
    from sqlite_master m join pragma_table_info(m.name) p
    where m.type = 'table' and m.name not like 'sqlite_%' and p.pk > 0
    order by 1, 3`.execute(db);
  const foreign = await sql<Omit<ForeignKeyRow, "parentColumn"> & { parentColumn: string | null }>`
    select m.name as "table", cast(f.id as text) as "key", f."from" as "column", f.seq + 1 as "position",
      f."table" as "parentTable", f."to" as "parentColumn"
    from sqlite_master m join pragma_foreign_key_list(m.name) f
    where m.type = 'table' and m.name not like 'sqlite_%'
    order by 1, 2, 4`.execute(db);
  // "REFERENCES users" without a column list points at the parent's primary key; pragma reports it as null.
  const keyOf = (table: string, position: number) =>
    primary.rows.find((row) => row.table === table && row.position === position)?.column;
  const foreignKeys = foreign.rows.flatMap((row): ForeignKeyRow[] => {
    const parentColumn = row.parentColumn ?? keyOf(row.parentTable, row.position);
    return parentColumn === undefined ? [] : [{ ...row, parentColumn }];
  });
  return { primaryKeys: primary.rows, foreignKeys };
}

/**
 * SQLite keeps any length in any column, so the declared type (VARCHAR(40)) is the only place a
 * length is written down: read it from there, as the company's other databases would enforce it.
 */
export async function sqliteColumns(db: Kysely<any>, table: string): Promise<TableColumns> {
  const { rows } = await sql<{ name: string; type: string; notnull: number; pk: number }>`
    select name, type, "notnull", pk from pragma_table_info(${table})`.execute(db);
  return toMap(
    rows.map((r) => {
      const length = /^\s*(?:n?var)?char(?:acter)?(?:\s+varying)?\s*\(\s*(\d+)\s*\)/i.exec(r.type)?.[1];
      return { name: r.name, nullable: r.notnull === 0 && r.pk === 0, type: r.type, length: length ?? null };
    }),
  );
}
