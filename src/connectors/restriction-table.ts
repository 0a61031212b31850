import type { AnyDb } from "./connector.js";

/**
 * The side table restriction marks go in when a company table has no column for them: one row per
 * (collection, key). The same DDL works on all three databases; `if not exists` makes it idempotent.
 * Keys are text of at most 190 characters, so the primary key fits MySQL's index limit in utf8mb4.
 */
export async function createRestrictionTable(db: AnyDb, table: string): Promise<void> {
  await db.schema
    .createTable(table)
    .ifNotExists()
    .addColumn("collection", "varchar(190)", (c) => c.notNull())
    .addColumn("row_key", "varchar(190)", (c) => c.notNull())
    .addColumn("ground", "varchar(64)", (c) => c.notNull())
    .addColumn("restricted_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pk`, ["collection", "row_key"])
    .execute();
}

/** The rows insertRestrictions adds, one per key. */
export function restrictionRows(rows: { collection: string; keys: readonly string[]; ground: string; at: string }) {
  return rows.keys.map((row_key) => ({
    collection: rows.collection,
    row_key,
    ground: rows.ground,
    restricted_at: rows.at,
  }));
}
