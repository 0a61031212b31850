import type { Connector } from "../connectors/connector.js";
import { type DatasetGraph, erasureOrder, personalFields, reachLevels, seedCollections } from "./graph.js";
import type { Connections } from "./connections.js";
import { strategyOf } from "./masking.js";
import { tableDb } from "./table.js";

export const REQUEST_TYPES = ["access", "erasure", "rectification", "restriction"] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** One collection in a plan: when the walk reaches it, by which fields, and what the request does there. */
export interface PlanStep {
  order: number;
  level: number;
  collection: string;
  connection: string;
  table: string;
  /** The fields rows are found by: identity fields for a seed, reference fields otherwise. */
  matchedBy: string[];
  /** The statements the request runs, with placeholders for the bound values. */
  queries: string[];
  /** What the request does to each field (read, mask:hash, delete row, kept under hold, ...). */
  effects: string[];
  rows?: number;
}

/**
 * Describes a request before it runs: which collections in what order, which queries and which
 * fields. It changes nothing; with connections it compiles the SQL in each database's own dialect.
 */
export function describePlan(
  graph: DatasetGraph,
  identityTypes: readonly string[],
  type: RequestType,
  connections?: Connections,
): { steps: PlanStep[]; unreachable: string[] } {
  const seeds = seedCollections(graph, identityTypes);
  const levels = reachLevels(graph, seeds);
  const reached = [...levels.keys()];
  const ordered =
    type === "erasure"
      ? erasureOrder(graph, reached)
      : reached.sort((a, b) => (levels.get(a) as number) - (levels.get(b) as number) || a.localeCompare(b));
  const steps = ordered.map((name, index): PlanStep => {
    const collection = graph.collections.get(name)!;
    const matchedBy = new Set<string>();
    for (const [field, def] of Object.entries(collection.fields)) {
      if (def.identity && identityTypes.includes(def.identity)) matchedBy.add(field);
    }
    for (const edge of graph.edges) {
      if (edge.down && edge.child === name && levels.has(edge.parent)) matchedBy.add(edge.childField);
      if (edge.up && edge.parent === name && levels.has(edge.child)) matchedBy.add(edge.parentField);
    }
    const fields = [...matchedBy].sort();
    const connector = connections?.get(collection.connection);
    const queries = connector ? fields.map((f) => selectSql(connector, graph, name, f)) : [];
    const deletes =
      collection.erasure === "delete" || Object.values(collection.fields).some((f) => f.masking === "delete_row");
    const holds = collection.holds.map(
      (h) =>
        `kept under ${h.ground}${h.law ? ` (${h.law})` : ""} for ${h.period}${h.since ? ` from ${h.since}` : ""}, restricted`,
    );
    const personal = personalFields(collection);
    const effects =
      type === "access"
        ? personal.map((f) => `read ${f}`)
        : type === "erasure"
          ? [
              ...(deletes ? ["delete row"] : personal.map((f) => `${f}: ${strategyOf(collection.fields[f]!)}`)),
              ...holds,
            ]
          : type === "restriction"
            ? [
                collection.restriction
                  ? `mark restricted (${"column" in collection.restriction ? collection.restriction.column : collection.restriction.side_table})`
                  : "no restriction marker declared",
              ]
            : personal.map((f) => `may set ${f}`);
    return {
      order: index + 1,
      level: levels.get(name) as number,
      collection: name,
      connection: collection.connection,
      table: collection.schema ? `${collection.schema}.${collection.table}` : collection.table,
      matchedBy: fields,
      queries,
      effects,
    };
  });
  // Only collections with personal data count: a lookup table the walk never needs is not a gap.
  const unreachable = [...graph.collections.entries()]
    .filter(([n, c]) => !levels.has(n) && personalFields(c).length > 0)
    .map(([n]) => n)
    .sort();
  return { steps, unreachable };
}

function selectSql(connector: Connector, graph: DatasetGraph, name: string, field: string): string {
  const collection = graph.collections.get(name)!;
  return tableDb(connector, collection).selectFrom(collection.table).selectAll().where(field, "in", ["…"]).compile()
    .sql;
}
