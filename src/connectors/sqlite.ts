import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { Kysely, SqliteDialect, sql } from "kysely";
import { sqliteColumns, sqliteKeys } from "./catalog/sqlite.js";
import { caseUpdate } from "./case-update.js";
import { chunks } from "./chunk.js";
import type { Connector } from "./connector.js";
import type { DatabaseDialect } from "./dialect.js";
import { foldedInList } from "./folded-in.js";
import { createRestrictionTable, restrictionRows } from "./restriction-table.js";
import { readCalendarDate, readTimestamp } from "./timestamps.js";

/**
 * SQLite: one file, no schemas, no date types (timestamps are ISO 8601 text, dates YYYY-MM-DD text).
 * Key lists are `IN (...)` lists of 1000, far below its 32766 bound parameters.
 */
export const sqliteDialect: DatabaseDialect = {
  name: "sqlite",
  keyBatches: (values) => chunks(values),
  inList: (column, values) => (eb) => eb(eb.ref(column), "in", values),
  foldedInList: (column, values) => foldedInList(column, values, (eb, left, list) => eb(left, "in", list)),
  matchableValues: (values) => [...values],

  timestamp: (ms) => new Date(ms).toISOString(),
  readTimestamp,
  date: (day) => day,
  readDate: readCalendarDate,

  discoveryScope: () => undefined,
  inScope: () => true,
  readKeys: (db) => sqliteKeys(db),
  readColumns: (db, table) => sqliteColumns(db, table),
  proposalSchema: () => undefined,
  scopedTable: (_scope, table) => sql.id(table),
  textType: sql.raw("text"),

  createRestrictionTable,
  async insertRestrictions(tx, table, rows) {
    for (const part of chunks(restrictionRows(rows))) {
      await tx
        .insertInto(table)
        .values(part)
        .onConflict((oc) => oc.columns(["collection", "row_key"]).doNothing())
        .execute();
    }
  },

  updatePerRow: caseUpdate,
};

function sqlitePath(url: string): string {
  return url.replace(/^(sqlite|file):(\/\/)?/, "") || ":memory:";
}

export async function openSqlite(url: string, createFolder: boolean): Promise<Connector> {
  const path = sqlitePath(url);
  if (createFolder && path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const { default: Database } = await import("better-sqlite3");
  const database = new Database(path);
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  const db = new Kysely({ dialect: new SqliteDialect({ database }) });
  return { dialect: sqliteDialect, db, close: () => db.destroy() };
}
