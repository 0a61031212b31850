import { readColumns, type TableColumns } from "../connectors/index.js";
import type { Connections } from "./connections.js";
import type { DatasetGraph } from "./graph.js";

/*
 * The live columns of the tables an erasure writes, remembered for the life of the process. Reading
 * them costs a catalogue query per table on every erasure, while they change only when a schema
 * migrates. Workers open their connections per request, so the memory is keyed by connection name,
 * database and table rather than kept on a connection. It is only ever a guess to start from: a write
 * the database refuses, or a plan that finds a problem, reads the columns again before anything is
 * concluded (erasure-plan.ts).
 */
const remembered = new Map<string, TableColumns>();

/** Columns by collection name, as schema-check.ts names them Schemas. */
type Schemas = Map<string, TableColumns>;

/** Forgets every remembered column: after discovery or a drift check, and between tests. */
export function clearColumnCache(): void {
  remembered.clear();
}

/** How many tables' columns are remembered (for tests that check the cache is used at all). */
export function columnCacheSize(): number {
  return remembered.size;
}

/** The schemas read for a plan, and which of them came from memory rather than the database. */
export interface ReadSchemas {
  schemas: Schemas;
  remembered: Set<string>;
}

/**
 * Reads the columns of the collections' tables, from memory where allowed (`cached`) and otherwise
 * from the database, side by side. Whatever is read from the database replaces what was remembered.
 */
export async function readSchemasRemembering(
  graph: DatasetGraph,
  connections: Connections,
  names: Iterable<string>,
  cached: (name: string) => boolean,
): Promise<ReadSchemas> {
  const fromMemory = new Set<string>();
  // In parallel: each is a small catalogue query, and the erasure waits for all of them.
  const read = await Promise.all(
    [...names].sort().map(async (name) => {
      const collection = graph.collections.get(name);
      const connector = collection && connections.get(collection.connection);
      if (!collection || !connector) return undefined;
      const schema = collection.schema ?? connector.defaultSchema ?? "";
      const key = [collection.connection, connector.source ?? "", schema, collection.table].join("\u0000");
      if (cached(name) && remembered.has(key)) {
        fromMemory.add(name);
        return [name, remembered.get(key)] as const;
      }
      const columns = await readColumns(connector, collection.table, collection.schema);
      remembered.set(key, columns);
      return [name, columns] as const;
    }),
  );
  return { schemas: new Map(read.filter((entry) => entry !== undefined)), remembered: fromMemory };
}

/** Whether two readings of the same tables agree, column by column. */
export function sameSchemas(a: Schemas, b: Schemas, names: Iterable<string>): boolean {
  const text = (columns: TableColumns) =>
    columns === undefined ? "none" : JSON.stringify([...columns.entries()].sort(([x], [y]) => x.localeCompare(y)));
  return [...names].every((name) => a.has(name) === b.has(name) && text(a.get(name)) === text(b.get(name)));
}
