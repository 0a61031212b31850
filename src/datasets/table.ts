import type { AnyDb, Connector } from "../connectors/index.js";
import type { CollectionDef } from "./graph.js";

export type Row = Record<string, unknown>;

/** Rows are keyed by their primary key as a string: drivers disagree on number vs string for ids. */
export const keyOf = (value: unknown): string => (typeof value === "bigint" ? value.toString() : String(value));

/** The Kysely handle for a collection, inside its schema when the register names one. */
export function tableDb(connector: Connector | { db: AnyDb }, collection: CollectionDef): AnyDb {
  return collection.schema ? connector.db.withSchema(collection.schema) : connector.db;
}
