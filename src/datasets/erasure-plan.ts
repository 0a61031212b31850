import { connectionOrder, erasureOrder, type DatasetGraph } from "./graph.js";
import { readSchemasRemembering, type ReadSchemas, sameSchemas } from "./column-cache.js";
import { type HeldBy, heldRows } from "./holds.js";
import type { WritingStrategy } from "./masking.js";
import type { Connections } from "./connections.js";
import { declarationProblems, maskedFields, maskingProblems, type Schemas } from "./schema-check.js";
import type { WalkResult } from "./walk.js";

/** What erasure does to one collection: which rows it masks or deletes and which it keeps, and why. */
export interface CollectionErasure {
  collection: string;
  connection: string;
  action: "mask" | "delete";
  /** Fields and how each is masked (empty for delete). */
  fields: { name: string; strategy: WritingStrategy }[];
  erase: string[];
  held: { key: string; hold: HeldBy }[];
  /** Why the database would refuse this step (a missing column, NULL in a NOT NULL column, ...). */
  problems: string[];
}

/**
 * Decides, per collection and row, what an erasure does. Pure: the walk already read the rows, and
 * `schemas` (the live columns, when read) decide the irreversible default and what would fail.
 */
export function planErasure(
  graph: DatasetGraph,
  found: WalkResult,
  now: Date,
  schemas: Schemas = new Map(),
): CollectionErasure[] {
  const names = erasureOrder(graph, [...found.rows.keys()]);
  const holds = heldRows(graph, found, now);
  return names.map((name) => {
    const collection = graph.collections.get(name)!;
    const deletes =
      collection.erasure === "delete" || Object.values(collection.fields).some((f) => f.masking === "delete_row");
    const erase: string[] = [];
    const held: CollectionErasure["held"] = [];
    const rowHolds = holds.get(name) ?? new Map<string, HeldBy>();
    for (const key of [...(found.rows.get(name)?.keys() ?? [])].sort()) {
      const hold = rowHolds.get(key);
      if (hold) held.push({ key, hold });
      else erase.push(key);
    }
    const problems = declarationProblems(graph, name, schemas);
    // Masking that does not fit its column only fails when there is a row to mask.
    if (erase.length > 0 && !deletes) problems.push(...maskingProblems(graph, name, schemas));
    return {
      collection: name,
      connection: collection.connection,
      action: deletes ? "delete" : "mask",
      fields: deletes ? [] : maskedFields(collection, schemas.get(name)),
      erase,
      held,
      problems: problems.map((p) => p.message),
    };
  });
}

/** The schemas (and moment) a plan was made on, where some came from memory: what a refused write re-reads. */
const madeFromMemory = new WeakMap<CollectionErasure[], { read: ReadSchemas; now: Date }>();

/**
 * The plan against the live columns of the collections the walk found: what the real run will do.
 * Columns read for an earlier erasure in this process are used again (column-cache.ts), but only for
 * the connection that writes first: a write it refuses leaves nothing written, so the run can read
 * again and decide anew; a later connection's refusal would come after an earlier one committed.
 * A problem is never concluded from memory: a plan with one is made again on fresh columns.
 */
export async function planErasureOnDatabase(
  graph: DatasetGraph,
  connections: Connections,
  found: WalkResult,
  now: Date,
  options: { fresh?: boolean } = {},
): Promise<CollectionErasure[]> {
  const names = new Set(found.rows.keys());
  const connectionOf = (name: string) => graph.collections.get(name)?.connection;
  const first = connectionOrder(graph, [...new Set([...names].map((n) => connectionOf(n) ?? ""))])[0];
  // A reference's parent column is checked too, so read the parents' tables as well.
  for (const name of [...names])
    for (const ref of graph.collections.get(name)?.references ?? []) names.add(ref.to.split(".")[0] as string);
  const read = await readSchemasRemembering(
    graph,
    connections,
    names,
    (name) => !options.fresh && connectionOf(name) === first,
  );
  const plan = planErasure(graph, found, now, read.schemas);
  if (read.remembered.size === 0) return plan;
  if (plan.some((step) => step.problems.length > 0))
    return planErasureOnDatabase(graph, connections, found, now, { fresh: true });
  madeFromMemory.set(plan, { read, now });
  return plan;
}

/**
 * After the database refused a write of `plan`: the plan on the columns as they are now, when the
 * plan was made from remembered columns that have since changed; otherwise undefined (the refusal
 * has another cause, and stands).
 */
export async function replanAfterRefusal(
  graph: DatasetGraph,
  connections: Connections,
  plan: CollectionErasure[],
  found: WalkResult,
): Promise<CollectionErasure[] | undefined> {
  const made = madeFromMemory.get(plan);
  if (!made) return undefined;
  const { schemas, remembered } = made.read;
  const fresh = await readSchemasRemembering(graph, connections, schemas.keys(), () => false);
  if (sameSchemas(schemas, fresh.schemas, remembered)) return undefined;
  // The same moment as the first plan: only the columns may change what it decides, not the holds.
  return planErasure(graph, found, made.now, fresh.schemas);
}
