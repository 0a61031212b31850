import { sql } from "kysely";
import type { Connector } from "../src/connectors/connector.js";
import type { DatasetGraph } from "../src/datasets/graph.js";
import type { CollectionErasure } from "../src/datasets/erasure-plan.js";
import { maskValue } from "../src/datasets/masking.js";
import type { WalkResult } from "../src/datasets/walk.js";

/**
 * The same erasure plan carried out the way row-at-a-time tools do it: one UPDATE or DELETE per row
 * (and one INSERT per restricted row), inside one transaction so only the statement count differs.
 */
export async function perRowErasure(
  graph: DatasetGraph,
  connector: Connector,
  plan: CollectionErasure[],
  found: WalkResult,
  key: string,
): Promise<number> {
  let statements = 0;
  const now = new Date().toISOString();
  await connector.db.transaction().execute(async (tx) => {
    for (const step of plan) {
      const c = graph.collections.get(step.collection)!;
      const rows = found.rows.get(step.collection)!;
      for (const { key: rowKey } of step.held) {
        statements++;
        await sql`insert into waarborg_restrictions (collection, row_key, ground, restricted_at) values (${step.collection}, ${rowKey}, 'legal_obligation', ${now}) on conflict do nothing`.execute(
          tx,
        );
      }
      for (const rowKey of step.erase) {
        statements++;
        if (step.action === "delete") {
          await tx.deleteFrom(c.table).where(c.primary_key, "=", rowKey).execute();
          continue;
        }
        const set: Record<string, unknown> = {};
        for (const f of step.fields)
          set[f.name] = maskValue(f.strategy, c.fields[f.name]!, rows.get(rowKey)?.[f.name], rowKey, f.name, () => key);
        await tx.updateTable(c.table).set(set).where(c.primary_key, "=", rowKey).execute();
      }
    }
  });
  return statements;
}
