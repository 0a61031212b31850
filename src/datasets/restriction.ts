import { sql, type Transaction } from "kysely";
import {
  type AnyDb,
  type Connector,
  type DatabaseDialect,
  inList,
  keyBatches,
  timestampValue,
} from "../connectors/index.js";
import type { CollectionDef } from "./graph.js";
import { REQUEST_GROUND } from "./hold-restriction.js";

/**
 * Restriction (Art. 18, and Art. 17(3) for data kept under a hold): the row stays but is marked, either
 * in a column the company's application already honours, or in a side table Waarborg keeps in the
 * same database, one row per (collection, key). Marking twice changes nothing.
 */
// any: company tables are only known at run time.
type Tx = Transaction<any>;

/**
 * Creates the side tables before any transaction starts: DDL inside a MySQL transaction commits it
 * implicitly, which would break the all-or-nothing promise of an erasure.
 */
export async function ensureSideTables(connector: Connector, collections: Iterable<CollectionDef>): Promise<void> {
  const { db, dialect } = connector;
  const done = ensured.get(db) ?? new Set<string>();
  ensured.set(db, done);
  for (const collection of collections) {
    if (collection.restriction && "side_table" in collection.restriction) {
      const table = collection.restriction.side_table;
      if (done.has(table)) continue;
      await dialect.createRestrictionTable(db, table);
      done.add(table);
    }
  }
}

/** Side tables already created through a connection: DDL once per process, not once per request. */
const ensured = new WeakMap<AnyDb, Set<string>>();

export async function markRestricted(
  tx: Tx,
  dialect: DatabaseDialect,
  name: string,
  collection: CollectionDef,
  keys: readonly string[],
  ground: string,
  now: Date,
): Promise<void> {
  if (keys.length === 0 || !collection.restriction) return;
  const at = now.toISOString();
  const db = collection.schema ? tx.withSchema(collection.schema) : tx;
  if ("column" in collection.restriction) {
    const column = collection.restriction.column;
    for (const part of keyBatches(dialect, keys)) {
      await db
        .updateTable(collection.table)
        .set({ [column]: timestampValue(dialect, now.getTime()) })
        .where(inList(dialect, collection.primary_key, part))
        .where(column, "is", null)
        .execute();
    }
    return;
  }
  await dialect.insertRestrictions(tx, collection.restriction.side_table, { collection: name, keys, ground, at });
}

/** Lifts a restriction (the person is told before, Art. 18(3)); returns how many rows were marked. */
export async function liftRestriction(
  tx: Tx,
  dialect: DatabaseDialect,
  name: string,
  collection: CollectionDef,
  keys: readonly string[],
): Promise<number> {
  if (keys.length === 0 || !collection.restriction) return 0;
  const db = collection.schema ? tx.withSchema(collection.schema) : tx;
  let lifted = 0;
  for (const part of keyBatches(dialect, keys)) {
    if ("column" in collection.restriction) {
      const column = collection.restriction.column;
      const result = await db
        .updateTable(collection.table)
        .set({ [column]: null })
        .where(inList(dialect, collection.primary_key, part))
        .where(column, "is not", null)
        .executeTakeFirst();
      lifted += Number(result.numUpdatedRows);
    } else {
      // A legal hold's restriction stays: only what a request restricted is lifted.
      const result = await tx
        .deleteFrom(collection.restriction.side_table)
        .where("collection", "=", name)
        .where(inList(dialect, "row_key", part))
        .where("ground", "=", REQUEST_GROUND)
        .executeTakeFirst();
      lifted += Number(result.numDeletedRows);
    }
  }
  return lifted;
}

/** Keys of rows currently restricted, among `keys`. */
export async function restrictedKeys(
  tx: Tx,
  dialect: DatabaseDialect,
  name: string,
  collection: CollectionDef,
  keys: readonly string[],
): Promise<Set<string>> {
  const out = new Set<string>();
  if (keys.length === 0 || !collection.restriction) return out;
  const db = collection.schema ? tx.withSchema(collection.schema) : tx;
  for (const part of keyBatches(dialect, keys)) {
    if ("column" in collection.restriction) {
      const rows = await db
        .selectFrom(collection.table)
        .select(sql.ref(collection.primary_key).as("k"))
        .where(inList(dialect, collection.primary_key, part))
        .where(collection.restriction.column, "is not", null)
        .execute();
      for (const r of rows) out.add(String(r.k));
    } else {
      const rows = await tx
        .selectFrom(collection.restriction.side_table)
        .select("row_key")
        .where("collection", "=", name)
        .where(inList(dialect, "row_key", part))
        .execute();
      for (const r of rows) out.add(String(r.row_key));
    }
  }
  return out;
}
