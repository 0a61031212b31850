// The connectors domain's public face: other folders import from here, never from its files.
export { chunks } from "./chunk.js";
export { type ColumnInfo, readColumns, type TableColumns } from "./columns.js";
export { compileOnlyConnector } from "./compile-only.js";
export type { AnyDb, Connector, Dialect } from "./connector.js";
export { inList, keyBatches, matchableValues } from "./in-list.js";
export { dialectOf, openConnector } from "./open.js";
export { readTimestamp, timestampValue } from "./timestamps.js";
