import { type CreateTableBuilder, type Kysely, sql } from "kysely";
import type { Connector } from "../connectors/index.js";
import { type DemoDialect, demoDialect } from "./dialects.js";
import { DEMO_TABLES, type TableSpec } from "./tables.js";

/**
 * The side table Waarborg records restrictions in for the demo collections (examples/demo/datasets.yaml).
 * It points at demo rows by id, so a reset drops it with them.
 */
export const DEMO_RESTRICTION_TABLE = "waarborg_restrictions";

/** Which of the demo tables exist in the database. */
export async function presentDemoTables(connector: Connector): Promise<string[]> {
  const tables = await connector.db.introspection.getTables();
  const names = new Set(tables.map((table) => table.name));
  return DEMO_TABLES.map((table) => table.name).filter((name) => names.has(name));
}

/**
 * Creates the demo tables with their foreign keys (declared, so discovery finds them) and an index
 * on every foreign key and identity column. Does nothing when all tables exist; refuses a partial set.
 */
export async function createDemoSchema(connector: Connector): Promise<void> {
  const present = await presentDemoTables(connector);
  if (present.length === DEMO_TABLES.length) return;
  if (present.length > 0) {
    throw new Error(`only part of the demo schema exists (${present.join(", ")}); reset it first`);
  }
  const demo = demoDialect(connector);
  const collation = await demo.exactCollation(connector.db);
  for (const table of DEMO_TABLES) await createTable(connector.db, demo, table, collation);
}

async function createTable(db: Connector["db"], demo: DemoDialect, table: TableSpec, collation: string): Promise<void> {
  let builder: CreateTableBuilder<string, string> = db.schema.createTable(table.name);
  for (const column of table.columns) {
    builder = builder.addColumn(column.name, demo.columnType(column.kind, collation), (c) => {
      let def = c;
      if (column.kind === "id") {
        def = demo.idColumn(def.primaryKey());
      } else if (!column.nullable) def = def.notNull();
      if (column.unique) def = def.unique();
      return def;
    });
  }
  for (const fk of foreignKeys(table)) {
    builder = builder.addForeignKeyConstraint(fk.name, [fk.column], fk.references, ["id"]);
  }
  if (demo.tableOptions) builder = builder.modifyEnd(demo.tableOptions);
  await builder.execute();
  await createIndexes(db, table, demo.foldedIndexes);
}

/** The foreign keys of a table, named `<table>_<column>_fk`. */
export function foreignKeys(table: TableSpec): { name: string; column: string; references: string }[] {
  return table.columns.flatMap((column) =>
    column.references
      ? [{ name: `${table.name}_${column.name}_fk`, column: column.name, references: column.references }]
      : [],
  );
}

/** The indexes on foreign keys and identity columns (unique columns have theirs already), named `<table>_<column>_idx`. */
export function indexes(table: TableSpec, folded = false): { name: string; column: string; folded?: true }[] {
  return [
    ...table.columns
      .filter((column) => (column.kind === "ref" || column.kind === "identity") && !column.unique)
      .map((column) => ({ name: `${table.name}_${column.name}_idx`, column: column.name })),
    // E-mail addresses are matched trimmed and ignoring case: lower(trim(email)), which a plain index
    // does not serve. Named `<table>_<column>_folded_idx`.
    ...(folded
      ? table.columns
          .filter((column) => column.kind === "identity" && column.name.includes("email"))
          .map((column) => ({
            name: `${table.name}_${column.name}_folded_idx`,
            column: column.name,
            folded: true as const,
          }))
      : []),
  ];
}

// any: the demo tables are not typed for Kysely.
export async function createIndexes(db: Kysely<any>, table: TableSpec, folded = false): Promise<void> {
  for (const index of indexes(table, folded)) {
    if (index.folded)
      await sql`create index ${sql.id(index.name)} on ${sql.table(table.name)} (lower(trim(${sql.ref(index.column)})))`.execute(
        db,
      );
    else await db.schema.createIndex(index.name).on(table.name).column(index.column).execute();
  }
}

/** Drops the demo tables, children first, and the restriction side table that points into them. */
export async function dropDemoSchema(connector: Connector): Promise<void> {
  await connector.db.schema.dropTable(DEMO_RESTRICTION_TABLE).ifExists().execute();
  for (const table of [...DEMO_TABLES].reverse()) {
    await connector.db.schema.dropTable(table.name).ifExists().execute();
  }
}
