import { stringify } from "yaml";
import type { z } from "zod";
import type { Collection, Connection, Field, Reference } from "../../register/index.js";
import type { Discovery, TableFinding } from "./discover.js";
import { suggestMasking } from "./masking.js";

type ConnectionInput = z.input<typeof Connection>;
type CollectionInput = z.input<typeof Collection>;
type FieldInput = z.input<typeof Field>;
type ReferenceInput = z.input<typeof Reference>;

export interface ProposalConnection {
  name: string;
  url_env: string;
  /** A PostgreSQL schema other than public. */
  schema?: string;
}

export interface Proposal {
  datasets: { connections: Record<string, ConnectionInput>; collections: Record<string, CollectionInput> };
  /** Things the register format cannot say for a table (composite keys, no primary key): to settle by hand. */
  notes: string[];
  yaml: string;
}

/**
 * A `datasets:` block for every table with a personal column: fields with their categories,
 * identities and masking, primary keys, and the foreign keys between those tables as references
 * declared on the child and walked from the parent.
 */
export function propose(discovery: Discovery, connection: ProposalConnection): Proposal {
  const personal = discovery.tables.filter((t) => t.personal);
  const keys = collectionKeys(personal.map((t) => t.name));
  const notes: string[] = [];
  const collections: Record<string, CollectionInput> = {};
  for (const table of personal) {
    const key = keys.get(table.name) as string;
    const collection: CollectionInput = { connection: connection.name, table: table.name };
    if (table.primaryKey.length === 1) collection.primary_key = table.primaryKey[0];
    else if (table.primaryKey.length === 0)
      notes.push(`${table.name}: no primary key; set primary_key to a unique column`);
    else {
      collection.primary_key = table.primaryKey[0];
      notes.push(
        `${table.name}: composite primary key (${table.primaryKey.join(", ")}); only one column can be declared`,
      );
    }
    if (table.kind === "event") collection.erasure = "delete";
    collection.fields = fieldsOf(table);
    const references = referencesOf(table, keys, notes);
    if (references.length > 0) collection.references = references;
    collections[key] = collection;
  }
  const conn: ConnectionInput = { type: discovery.dialect, url_env: connection.url_env };
  if (connection.schema !== undefined) conn.schema = connection.schema;
  const datasets = { connections: { [connection.name]: conn }, collections };
  return { datasets, notes, yaml: stringify({ datasets }, { lineWidth: 0 }) };
}

function fieldsOf(table: TableFinding): Record<string, FieldInput> {
  const fields: Record<string, FieldInput> = {};
  for (const column of table.columns) {
    const { category, identity } = column.guess;
    if (category === undefined) continue;
    const field: FieldInput = { category };
    if (identity !== undefined) field.identity = identity;
    Object.assign(field, suggestMasking(table, column));
    fields[column.name] = field;
  }
  return fields;
}

function referencesOf(table: TableFinding, keys: Map<string, string>, notes: string[]): ReferenceInput[] {
  const references: ReferenceInput[] = [];
  for (const fk of table.foreignKeys) {
    const parent = keys.get(fk.parentTable);
    if (parent === undefined) continue;
    if (fk.columns.length !== 1) {
      notes.push(
        `${table.name}: composite foreign key (${fk.columns.join(", ")}) to ${fk.parentTable}; declare a reference by hand`,
      );
      continue;
    }
    const [field, column] = [fk.columns[0] as string, fk.parentColumns[0] as string];
    if (!IDENTIFIER.test(column)) {
      notes.push(
        `${table.name}: foreign key ${field} points at a column name a reference cannot hold; declare it by hand`,
      );
      continue;
    }
    references.push({ field, to: `${parent}.${column}`, direction: "from_parent" });
  }
  return references;
}

const IDENTIFIER = /^[A-Za-z_]\w*$/;

/** Collection names must be identifiers; table names may hold anything. Distinct tables keep distinct keys. */
function collectionKeys(tables: string[]): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const table of tables) {
    let base = table.replace(/\W/g, "_");
    if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}_${n}`;
    used.add(key);
    keys.set(table, key);
  }
  return keys;
}
