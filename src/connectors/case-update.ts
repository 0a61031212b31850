import { sql } from "kysely";
import { chunks } from "./chunk.js";
import type { AnyTransaction, PerRowValue, TableTarget } from "./dialect.js";

/**
 * Per-row values as a CASE over the primary key, in chunks of 1000: the form for databases without
 * array parameters (MySQL, SQLite). Its cost grows with the square of the chunk, hence the chunks.
 */
export async function caseUpdate(
  tx: AnyTransaction,
  target: TableTarget,
  keys: readonly string[],
  constant: Record<string, unknown>,
  perRow: readonly PerRowValue[],
): Promise<void> {
  const db = target.schema ? tx.withSchema(target.schema) : tx;
  for (const part of chunks(keys)) {
    const set: Record<string, unknown> = { ...constant };
    for (const f of perRow) {
      const whens = part.map((k) => sql`when ${k} then ${f.value(k)}`);
      set[f.column] = sql`case ${sql.ref(target.primaryKey)} ${sql.join(whens, sql` `)} else ${sql.ref(f.column)} end`;
    }
    await db.updateTable(target.table).set(set).where(target.primaryKey, "in", part).execute();
  }
}
