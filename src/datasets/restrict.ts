import type { DatasetGraph } from "./graph.js";
import type { Connections } from "./connections.js";
import { heldRows } from "./holds.js";
import { REQUEST_GROUND } from "./hold-restriction.js";
import { ensureSideTables, liftRestriction, markRestricted, restrictedKeys } from "./restriction.js";
import type { WalkResult } from "./walk.js";

export interface RestrictionResult {
  lifted: boolean;
  collections: {
    collection: string;
    rows: number;
    marker: string | null;
    /** When lifting: rows left restricted because a legal hold keeps them (Art. 17(3)). */
    held?: number;
  }[];
}

/**
 * Restricts (Art. 18) or lifts the restriction on every row the walk found. Collections without a
 * declared marker are listed with marker null: the register must say how the application knows.
 */
export async function restrict(
  graph: DatasetGraph,
  connections: Connections,
  found: WalkResult,
  options: { lift?: boolean; ground?: string; now?: Date } = {},
): Promise<RestrictionResult> {
  const now = options.now ?? new Date();
  const result: RestrictionResult = { lifted: options.lift ?? false, collections: [] };
  // A column marker cannot say why a row is restricted: the rows a hold keeps now stay restricted.
  const held = options.lift ? heldRows(graph, found, now) : undefined;
  const names = [...found.rows.keys()].filter((n) => (found.rows.get(n)?.size ?? 0) > 0).sort();
  const byConnection = new Map<string, string[]>();
  for (const name of names) {
    const conn = graph.collections.get(name)!.connection;
    byConnection.set(conn, [...(byConnection.get(conn) ?? []), name]);
  }
  for (const [conn, list] of [...byConnection].sort(([a], [b]) => a.localeCompare(b))) {
    const connector = connections.get(conn);
    if (!connector) throw new Error(`connection "${conn}" is not open`);
    await ensureSideTables(
      connector,
      list.map((n) => graph.collections.get(n)!),
    );
    await connector.db.transaction().execute(async (tx) => {
      for (const name of list) {
        const collection = graph.collections.get(name)!;
        const keys = [...found.rows.get(name)!.keys()];
        const marker = collection.restriction
          ? "column" in collection.restriction
            ? collection.restriction.column
            : collection.restriction.side_table
          : null;
        if (!marker) {
          result.collections.push({ collection: name, rows: 0, marker });
          continue;
        }
        if (options.lift) {
          const kept = "column" in collection.restriction! ? (held?.get(name) ?? new Map()) : new Map();
          const liftable = keys.filter((k) => !kept.has(k));
          const before = await restrictedKeys(tx, connector.dialect, name, collection, keys);
          const rows = await liftRestriction(tx, connector.dialect, name, collection, liftable);
          const still = before.size - rows;
          result.collections.push({ collection: name, rows, marker, ...(still > 0 ? { held: still } : {}) });
        } else {
          await markRestricted(tx, connector.dialect, name, collection, keys, options.ground ?? REQUEST_GROUND, now);
          result.collections.push({
            collection: name,
            rows: (await restrictedKeys(tx, connector.dialect, name, collection, keys)).size,
            marker,
          });
        }
      }
    });
  }
  return result;
}
