import type { TableColumns } from "./catalog/columns.js";
import type { Connector } from "./connector.js";

export type { ColumnInfo, TableColumns } from "./catalog/columns.js";

/** The columns of one table, in the schema the register names or the connection's default. */
export function readColumns(connector: Connector, table: string, schema?: string): Promise<TableColumns> {
  return connector.dialect.readColumns(connector.db, table, schema ?? connector.defaultSchema);
}
