import { readColumns, type TableColumns } from "../connectors/index.js";
import { clearColumnCache } from "./column-cache.js";
import type { Connections } from "./connections.js";
import { type CollectionDef, type DatasetGraph, personalFields } from "./graph.js";
import { maskingMisfit, strategyOf, type WritingStrategy } from "./masking.js";

/** The columns of each collection's table as the live database has them (undefined: no such table). */
export type Schemas = Map<string, TableColumns>;

export interface SchemaProblem {
  collection: string;
  path: (string | number)[];
  message: string;
}

/** Reads the columns of the collections' tables, one catalogue query per table, side by side. */
export async function readSchemas(
  graph: DatasetGraph,
  connections: Connections,
  names: Iterable<string> = graph.collections.keys(),
): Promise<Schemas> {
  // In parallel: each is a small catalogue query, and the erasure waits for all of them.
  const read = await Promise.all(
    [...names].sort().map(async (name) => {
      const collection = graph.collections.get(name);
      const connector = collection && connections.get(collection.connection);
      if (!collection || !connector) return undefined;
      return [name, await readColumns(connector, collection.table, collection.schema)] as const;
    }),
  );
  return new Map(read.filter((entry) => entry !== undefined));
}

/**
 * Where the register names a table or column the database does not have: a misspelt column passes a
 * plan that only compiles SQL, and fails the request that runs it.
 */
export function declarationProblems(graph: DatasetGraph, name: string, schemas: Schemas): SchemaProblem[] {
  const collection = graph.collections.get(name)!;
  const base = ["datasets", "collections", name];
  if (!schemas.has(name)) return [];
  const columns = schemas.get(name);
  if (!columns)
    return [
      {
        collection: name,
        path: [...base, "table"],
        message: `${name}: the database has no table "${tableName(collection)}"`,
      },
    ];
  const problems: SchemaProblem[] = [];
  const need = (column: string, path: (string | number)[], what: string) => {
    if (!columns.has(column))
      problems.push({
        collection: name,
        path: [...base, ...path],
        message: `${name}: table "${tableName(collection)}" has no column "${column}" (${what})`,
      });
  };
  need(collection.primary_key, ["primary_key"], "the primary key");
  for (const field of Object.keys(collection.fields)) need(field, ["fields", field], "a declared field");
  collection.references.forEach((ref, i) => {
    need(ref.field, ["references", i, "field"], "a reference");
    const [parent, parentField] = ref.to.split(".") as [string, string];
    const parentColumns = schemas.get(parent);
    if (parentColumns && !parentColumns.has(parentField))
      problems.push({
        collection: name,
        path: [...base, "references", i, "to"],
        message: `${name}: the reference to ${ref.to} names a column "${parent}" does not have`,
      });
  });
  collection.holds.forEach((hold, i) => {
    if (hold.since) need(hold.since, ["holds", i, "since"], "the date a hold counts from");
    if (hold.follows) need(hold.follows, ["holds", i, "follows"], "the reference a hold follows");
  });
  if (collection.restriction && "column" in collection.restriction)
    need(collection.restriction.column, ["restriction", "column"], "the restriction marker");
  return problems;
}

/** The fields an erasure writes in a collection, with the strategy each gets on its column. */
export function maskedFields(
  collection: CollectionDef,
  columns?: TableColumns,
): { name: string; strategy: WritingStrategy }[] {
  const references = new Set(collection.references.map((r) => r.field));
  return personalFields(collection)
    .filter((f) => f !== collection.primary_key && !references.has(f))
    .map((f) => ({ name: f, strategy: strategyOf(collection.fields[f]!, columns?.get(f)) }))
    .filter(
      (f): f is { name: string; strategy: WritingStrategy } => f.strategy !== "delete_row" && f.strategy !== "keep",
    );
}

/** Masking that the database would refuse (NULL in NOT NULL, too long, text in a number column). */
export function maskingProblems(graph: DatasetGraph, name: string, schemas: Schemas): SchemaProblem[] {
  const collection = graph.collections.get(name)!;
  const columns = schemas.get(name);
  if (!columns || collection.erasure === "delete") return [];
  if (Object.values(collection.fields).some((f) => f.masking === "delete_row")) return [];
  const problems: SchemaProblem[] = [];
  for (const { name: field, strategy } of maskedFields(collection, columns)) {
    const column = columns.get(field);
    const misfit = column && maskingMisfit(strategy, collection.fields[field]!, column);
    if (misfit)
      problems.push({
        collection: name,
        path: ["datasets", "collections", name, "fields", field, "masking"],
        message: `${name}.${field}: ${misfit}`,
      });
  }
  return problems;
}

function tableName(collection: CollectionDef): string {
  return collection.schema ? `${collection.schema}.${collection.table}` : collection.table;
}

/**
 * Every collection's declaration against the live database: missing tables and columns, and masking
 * the database would refuse. What `check --connect` reports; it reads the catalogue and no row.
 */
export async function liveSchemaProblems(graph: DatasetGraph, connections: Connections): Promise<SchemaProblem[]> {
  // The check reads every table anew; what an erasure remembered from before is no better than that.
  clearColumnCache();
  const schemas = await readSchemas(graph, connections);
  return [...graph.collections.keys()]
    .sort()
    .flatMap((name) => [...declarationProblems(graph, name, schemas), ...maskingProblems(graph, name, schemas)]);
}
