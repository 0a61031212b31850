import type { Transaction } from "kysely";
import { type DatabaseDialect, inList, keyBatches, type PerRowValue } from "../connectors/index.js";
import type { CollectionDef } from "./graph.js";
import type { CollectionErasure } from "./erasure-plan.js";
import { maskValue } from "./masking.js";
import type { Row } from "./table.js";

// any: company tables are only known at run time.
type Tx = Transaction<any>;

/**
 * Masks the given rows of one collection with set-based statements. Values that are the same for
 * every row (null, fixed) are plain assignments over a key list. Values that differ per row (keyed
 * hashes) need the key-to-value pairs in the statement, which each database writes its own way
 * (DatabaseDialect.updatePerRow).
 */
export async function maskRows(
  tx: Tx,
  dialect: DatabaseDialect,
  collection: CollectionDef,
  step: CollectionErasure,
  rows: Map<string, Row>,
  secret: () => string,
): Promise<void> {
  const constant: Record<string, unknown> = {};
  const perRow: PerRowValue[] = [];
  for (const { name, strategy } of step.fields) {
    const field = collection.fields[name]!;
    if (strategy === "null" || strategy === "fixed") constant[name] = maskValue(strategy, field, "x", "", name, secret);
    else
      perRow.push({
        column: name,
        value: (key) => maskValue(strategy, field, rows.get(key)?.[name], key, name, secret),
      });
  }
  if (perRow.length === 0) {
    const db = collection.schema ? tx.withSchema(collection.schema) : tx;
    for (const part of keyBatches(dialect, step.erase)) {
      await db
        .updateTable(collection.table)
        .set(constant)
        .where(inList(dialect, collection.primary_key, part))
        .execute();
    }
    return;
  }
  const target = { table: collection.table, primaryKey: collection.primary_key };
  await dialect.updatePerRow(
    tx,
    collection.schema ? { ...target, schema: collection.schema } : target,
    step.erase,
    constant,
    perRow,
  );
}
