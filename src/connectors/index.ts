// The connectors domain's public face: other folders import from here, never from its files.
export type { ForeignKeyRow, KeyRows, PrimaryKeyRow } from "./catalog/keys.js";
export { chunks } from "./chunk.js";
export { type ColumnInfo, readColumns, type TableColumns } from "./columns.js";
export { compileOnlyConnector } from "./compile-only.js";
export type { AnyDb, Connector } from "./connector.js";
export {
  type AnyTransaction,
  type DatabaseDialect,
  type Dialect,
  DIALECTS,
  type PerRowValue,
  type TableTarget,
} from "./dialect.js";
export { inList, keyBatches, matchableValues } from "./in-list.js";
export { databaseDialect, dialectOf, openConnector } from "./open.js";
export { readTimestamp, timestampValue } from "./timestamps.js";
