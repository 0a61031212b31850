import { erasureOrder, type DatasetGraph, personalFields } from "./graph.js";
import { type HeldBy, holdFor } from "./holds.js";
import { type Strategy, strategyOf } from "./masking.js";
import type { Row } from "./table.js";
import type { WalkResult } from "./walk.js";

/** What erasure does to one collection: which rows it masks or deletes and which it keeps, and why. */
export interface CollectionErasure {
  collection: string;
  connection: string;
  action: "mask" | "delete";
  /** Fields and how each is masked (empty for delete). */
  fields: { name: string; strategy: Exclude<Strategy, "delete_row"> }[];
  erase: string[];
  held: { key: string; hold: HeldBy }[];
}

/** Decides, per collection and row, what an erasure does. Pure: the walk already read the rows. */
export function planErasure(graph: DatasetGraph, found: WalkResult, now: Date): CollectionErasure[] {
  const names = erasureOrder(graph, [...found.rows.keys()]);
  return names.map((name) => {
    const collection = graph.collections.get(name)!;
    const rows = found.rows.get(name) ?? new Map<string, Row>();
    const references = new Set(collection.references.map((r) => r.field));
    const fields = personalFields(collection)
      .filter((f) => f !== collection.primary_key && !references.has(f))
      .map((f) => ({ name: f, strategy: strategyOf(collection.fields[f]!) }));
    const deletes = collection.erasure === "delete" || fields.some((f) => f.strategy === "delete_row");
    const erase: string[] = [];
    const held: CollectionErasure["held"] = [];
    for (const key of [...rows.keys()].sort()) {
      const hold = holdFor(collection, rows.get(key)!, now);
      if (hold) held.push({ key, hold });
      else erase.push(key);
    }
    return {
      collection: name,
      connection: collection.connection,
      action: deletes ? "delete" : "mask",
      fields: deletes ? [] : (fields as CollectionErasure["fields"]),
      erase,
      held,
    };
  });
}
