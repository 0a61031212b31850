import { inList, keyBatches } from "../connectors/index.js";
import { type Connections, type Edge, keyOf, type Row, tableDb } from "../datasets/index.js";
import type { TenantPlan, TenantTarget } from "./tenant-plan.js";

/** A tenant's rows per purged collection, keyed by primary key: only the columns a child's reference needs. */
export type TenantRows = Map<string, Map<string, Row>>;

const valuesOf = (rows: Iterable<Row>, field: string): string[] => {
  const out = new Set<string>();
  for (const row of rows) if (row[field] !== null && row[field] !== undefined) out.add(keyOf(row[field]));
  return [...out].sort();
};

/**
 * Finds the tenant's rows in every purged collection, parents first: by the tenant column where a
 * collection has one, and by each reference the purge follows down from the rows found in its parent.
 * Only keys and referenced columns are read, one query per batch of values, never one per row.
 */
export async function findTenantRows(plan: TenantPlan, connections: Connections, tenant: string): Promise<TenantRows> {
  const found: TenantRows = new Map();
  const referenced = (name: string) => [
    ...new Set(plan.targets.flatMap((t) => t.via.filter((e) => e.parent === name).map((e) => e.parentField))),
  ];
  for (const target of [...plan.targets].reverse()) {
    const { collection } = target;
    const connector = connections.get(collection.connection);
    if (!connector) throw new Error(`connection "${collection.connection}" is not open`);
    const columns = [...new Set([collection.primary_key, ...referenced(target.name)])];
    const db = tableDb(connector, collection);
    const rows = new Map<string, Row>();
    const keep = (list: Row[]) => {
      for (const row of list) rows.set(keyOf(row[collection.primary_key]), row);
    };
    if (target.tenant)
      keep(
        (await db.selectFrom(collection.table).select(columns).where(target.tenant, "=", tenant).execute()) as Row[],
      );
    for (const edge of target.via) {
      const parents = found.get(edge.parent)?.values() ?? [];
      for (const part of keyBatches(connector.dialect, valuesOf(parents, edge.parentField)))
        keep(
          (await db
            .selectFrom(collection.table)
            .select(columns)
            .where(inList(connector.dialect, edge.childField, part))
            .execute()) as Row[],
        );
    }
    found.set(target.name, rows);
  }
  return found;
}

/** The references that point at a collection's rows, from any collection but itself: what keeps a parent. */
export const referencesTo = (plan: TenantPlan, target: TenantTarget): Edge[] =>
  plan.graph.edges.filter((e) => e.parent === target.name && e.child !== target.name);
