import type { Connector, KeyRows } from "../../connectors/index.js";
import type { DatabaseShape, ForeignKeyShape, TableShape } from "./model.js";
import { compare } from "./order.js";

/**
 * Reads the structure of a database: tables and columns through Kysely's introspection, keys through
 * the dialect's catalog. Views are left out: erasure cannot write through them, and the tables under
 * them are discovered on their own.
 */
export async function introspect(connector: Connector, schema?: string): Promise<DatabaseShape> {
  const { dialect } = connector;
  // PostgreSQL: the schema asked for, else public. MySQL: the database in the URL is the only one read.
  const target = dialect.discoveryScope(schema, connector.defaultSchema);
  const tables = (await connector.db.introspection.getTables()).filter(
    (table) => !table.isView && dialect.inScope(table.schema, target),
  );
  const keys = await dialect.readKeys(connector.db, target);
  const shapes: TableShape[] = tables.map((table) => ({
    name: table.name,
    columns: table.columns.map((column) => ({
      name: column.name,
      type: column.dataType.toLowerCase(),
      nullable: column.isNullable,
    })),
    primaryKey: keys.primaryKeys
      .filter((row) => row.table === table.name)
      .sort((a, b) => a.position - b.position)
      .map((row) => row.column),
    foreignKeys: foreignKeysOf(keys, table.name),
  }));
  shapes.sort((a, b) => compare(a.name, b.name));
  return target === undefined
    ? { dialect: dialect.name, tables: shapes }
    : { dialect: dialect.name, schema: target, tables: shapes };
}

function foreignKeysOf(keys: KeyRows, table: string): ForeignKeyShape[] {
  const grouped = new Map<string, ForeignKeyShape & { positions: number[] }>();
  for (const row of keys.foreignKeys) {
    if (row.table !== table) continue;
    let key = grouped.get(row.key);
    if (!key) {
      key = { columns: [], parentTable: row.parentTable, parentColumns: [], positions: [] };
      grouped.set(row.key, key);
    }
    key.columns.push(row.column);
    key.parentColumns.push(row.parentColumn);
    key.positions.push(row.position);
  }
  return [...grouped.values()]
    .map(({ positions, ...key }) => {
      const order = positions.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
      return {
        ...key,
        columns: order.map(([, i]) => key.columns[i] as string),
        parentColumns: order.map(([, i]) => key.parentColumns[i] as string),
      };
    })
    .sort((a, b) => compare(a.columns.join(","), b.columns.join(",")));
}
