import { type RawBuilder, sql, type Transaction } from "kysely";
import { chunks, type Dialect, inList, keyBatches } from "../connectors/index.js";
import type { CollectionDef } from "./graph.js";
import type { CollectionErasure } from "./erasure-plan.js";
import { maskValue } from "./masking.js";
import type { Row } from "./table.js";

// any: company tables are only known at run time.
type Tx = Transaction<any>;

/**
 * Masks the given rows of one collection with set-based statements. Values that are the same for
 * every row (null, fixed) are plain assignments over a key list. Values that differ per row (keyed
 * hashes) need the key-to-value pairs in the statement:
 * - PostgreSQL joins the table to two unnested array parameters (keys, values), so a batch is one
 *   statement with a handful of parameters and a hash join, whatever its size;
 * - the other dialects use a CASE over the primary key, in chunks of 1000 (its cost grows with the
 *   square of the chunk).
 */
export async function maskRows(
  tx: Tx,
  dialect: Dialect,
  collection: CollectionDef,
  step: CollectionErasure,
  rows: Map<string, Row>,
  secret: () => string,
): Promise<void> {
  const constant: Record<string, unknown> = {};
  const perRow: { name: string; value: (key: string) => unknown }[] = [];
  for (const { name, strategy } of step.fields) {
    const field = collection.fields[name]!;
    if (strategy === "null" || strategy === "fixed") constant[name] = maskValue(strategy, field, "x", "", name, secret);
    else perRow.push({ name, value: (key) => maskValue(strategy, field, rows.get(key)?.[name], key, name, secret) });
  }
  const table = collection.schema ? `${collection.schema}.${collection.table}` : collection.table;
  const db = collection.schema ? tx.withSchema(collection.schema) : tx;
  if (perRow.length === 0) {
    for (const part of keyBatches(dialect, step.erase)) {
      await db
        .updateTable(collection.table)
        .set(constant)
        .where(inList(dialect, collection.primary_key, part))
        .execute();
    }
    return;
  }
  if (dialect === "postgres") {
    for (const part of keyBatches(dialect, step.erase)) {
      const sets: RawBuilder<unknown>[] = [
        ...Object.entries(constant).map(([column, value]) => sql`${sql.ref(column)} = ${value}`),
        ...perRow.map((f, i) => sql`${sql.ref(f.name)} = v.${sql.ref(`c${i}`)}`),
      ];
      const columns = perRow.map((f, i) => sql`unnest(${part.map(f.value)}::text[]) as ${sql.ref(`c${i}`)}`);
      const pk = sql.ref(`t.${collection.primary_key}`);
      await sql`update ${sql.table(table)} as t set ${sql.join(sets)}
        from (select unnest(${part}::text[]) as k, ${sql.join(columns)}) as v
        where ${pk} = any(${part}) and ${pk}::text = v.k`.execute(tx);
    }
    return;
  }
  for (const part of chunks(step.erase)) {
    const set: Record<string, unknown> = { ...constant };
    for (const f of perRow) {
      const whens = part.map((k) => sql`when ${k} then ${f.value(k)}`);
      set[f.name] = sql`case ${sql.ref(collection.primary_key)} ${sql.join(whens, sql` `)} else ${sql.ref(f.name)} end`;
    }
    await db
      .updateTable(collection.table)
      .set(set)
      .where(inList(dialect, collection.primary_key, part))
      .execute();
  }
}
