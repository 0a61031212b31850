import type { Transaction } from "kysely";
import { type DatabaseDialect, inList, keyBatches } from "../connectors/index.js";
import type { CollectionDef } from "./graph.js";

/**
 * A restriction has a ground: a request (Art. 18) or a legal hold that keeps data an erasure would
 * otherwise remove (Art. 17(3)). Lifting a request's restriction must never lift a hold's, so the
 * side table records which is which, and a hold's ground replaces a request's when an erasure keeps
 * a row that a restriction request had marked before. A column marker holds a time only; there the
 * rows a hold keeps now stay restricted when a request's restriction is lifted.
 */

/** The ground a restriction request records. */
export const REQUEST_GROUND = "request";

// any: company tables are only known at run time.
type Tx = Transaction<any>;

/** Records a hold's ground on rows a request had restricted before (side tables only). */
export async function recordHoldGround(
  tx: Tx,
  dialect: DatabaseDialect,
  name: string,
  collection: CollectionDef,
  keys: readonly string[],
  ground: string,
): Promise<void> {
  if (keys.length === 0 || !collection.restriction || !("side_table" in collection.restriction)) return;
  for (const part of keyBatches(dialect, keys)) {
    await tx
      .updateTable(collection.restriction.side_table)
      .set({ ground })
      .where("collection", "=", name)
      .where(inList(dialect, "row_key", part))
      .where("ground", "=", REQUEST_GROUND)
      .execute();
  }
}

/** The held keys of one collection grouped by the ground that holds them, in a stable order. */
export function keysByGround(held: readonly { key: string; hold: { ground: string } }[]): [string, string[]][] {
  const out = new Map<string, string[]>();
  for (const { key, hold } of held) out.set(hold.ground, [...(out.get(hold.ground) ?? []), key]);
  return [...out].sort(([a], [b]) => a.localeCompare(b));
}
