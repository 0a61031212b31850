import type { Connector } from "../../connectors/index.js";
import type { KeyRows } from "./dialects/keys.js";
import { mysqlKeys } from "./dialects/mysql.js";
import { postgresKeys } from "./dialects/postgres.js";
import { sqliteKeys } from "./dialects/sqlite.js";
import type { DatabaseShape, ForeignKeyShape, TableShape } from "./model.js";
import { compare } from "./order.js";

/**
 * Reads the structure of a database: tables and columns through Kysely's introspection, keys through
 * the dialect's catalog. Views are left out: erasure cannot write through them, and the tables under
 * them are discovered on their own.
 */
export async function introspect(connector: Connector, schema?: string): Promise<DatabaseShape> {
  const target = targetSchema(connector, schema);
  const tables = (await connector.db.introspection.getTables()).filter(
    (table) => !table.isView && (target === undefined || connector.dialect === "mysql" || table.schema === target),
  );
  const keys = await keysOf(connector, target);
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
    ? { dialect: connector.dialect, tables: shapes }
    : { dialect: connector.dialect, schema: target, tables: shapes };
}

/** PostgreSQL: the schema asked for, else public. MySQL: the database in the URL is the only one read. */
function targetSchema(connector: Connector, schema: string | undefined): string | undefined {
  if (connector.dialect === "sqlite") return undefined;
  if (connector.dialect === "mysql") {
    const database = connector.defaultSchema;
    if (database === undefined) throw new Error("the MySQL URL names no database to discover");
    if (schema !== undefined && schema !== database) {
      throw new Error("on MySQL the schema is the database named in the URL; point the URL at that database");
    }
    return database;
  }
  return schema ?? connector.defaultSchema ?? "public";
}

function keysOf(connector: Connector, schema: string | undefined): Promise<KeyRows> {
  if (connector.dialect === "postgres") return postgresKeys(connector.db, schema as string);
  if (connector.dialect === "mysql") return mysqlKeys(connector.db, schema as string);
  return sqliteKeys(connector.db);
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
