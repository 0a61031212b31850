import type { Connector } from "../../src/connectors/connector.js";
import { readTimestamp } from "../../src/connectors/timestamps.js";
import type { DemoTable } from "../../src/demo/shape.js";
import { DEMO_TABLES } from "../../src/demo/tables.js";

/** Helpers the demo suites use to look at a seeded database the way a reviewer would. */

export type Row = Record<string, unknown>;

/** Every row of a table in id order, with ids as numbers and timestamps as ISO text on every dialect. */
export async function rowsOf(connector: Connector, table: DemoTable): Promise<Row[]> {
  const spec = DEMO_TABLES.find((t) => t.name === table)!;
  const rows = await connector.db.selectFrom(table).selectAll().orderBy("id").execute();
  return rows.map((row: Row) => {
    const out: Row = {};
    for (const column of spec.columns) {
      const value = row[column.name];
      if (value === null || value === undefined) out[column.name] = null;
      else if (column.kind === "timestamp") out[column.name] = readTimestamp(value);
      else if (column.kind === "id" || column.kind === "ref" || column.kind === "integer")
        out[column.name] = Number(value);
      else out[column.name] = value;
    }
    return out;
  });
}

export async function countsOf(connector: Connector): Promise<Record<DemoTable, number>> {
  const out = {} as Record<DemoTable, number>;
  for (const table of DEMO_TABLES) {
    const row = await connector.db
      .selectFrom(table.name)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    out[table.name] = Number(row.n);
  }
  return out;
}

/** Foreign key values that point at no row: what the declared constraints should make impossible. */
export async function danglingReferences(connector: Connector): Promise<string[]> {
  const problems: string[] = [];
  for (const table of DEMO_TABLES) {
    for (const column of table.columns) {
      if (!column.references) continue;
      const row = await connector.db
        .selectFrom(`${table.name} as child`)
        .leftJoin(`${column.references} as parent`, "parent.id", `child.${column.name}`)
        .where(`child.${column.name}`, "is not", null)
        .where("parent.id", "is", null)
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      if (Number(row.n) > 0) problems.push(`${table.name}.${column.name}: ${row.n}`);
    }
  }
  return problems;
}

const POSTCODE_IN_ADDRESS = /, (\d{4} [A-Z]{2}) /;

/** The postcode inside "Street 12, 1234 AB Town". */
export function postcodeOf(address: string): string | undefined {
  return POSTCODE_IN_ADDRESS.exec(address)?.[1];
}
