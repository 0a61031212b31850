import { Document, type Node } from "yaml";
import type { z } from "zod";
import type { Collection, Connection, Field, Reference } from "../../register/index.js";
import type { Discovery, TableFinding } from "./discover.js";
import { suggestMasking } from "./masking.js";
import { decideKeys, type ProposedKey } from "./walkable.js";

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
 * A `datasets:` block for every table with a personal column and every table whose rows hang off
 * one by a foreign key (an invoice's lines): fields with their categories, identities and masking,
 * primary keys, and the foreign keys between those tables as references declared on the child,
 * walked from the parent unless walking could go from one person to another (see decideKeys): those
 * are proposed as not walked, with the reason as a comment above them.
 */
export function propose(discovery: Discovery, connection: ProposalConnection): Proposal {
  const personal = proposedTables(discovery.tables);
  const keys = collectionKeys(personal.map((t) => t.name));
  const notes: string[] = [];
  const collections: Record<string, CollectionInput> = {};
  const decided = decidedKeys(personal, keys);
  const comments: { path: (string | number)[]; text: string }[] = [];
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
    const references = referencesOf(table, keys, notes, decided);
    references.forEach((ref, index) => {
      const reason = decided.get(`${table.name}.${ref.field}`)?.reason;
      if (reason === undefined) return;
      comments.push({ path: ["datasets", "collections", key, "references", index], text: reason });
      notes.push(`${key}.${ref.field}: a reference between people, proposed as not walked (direction: none)`);
    });
    if (references.length > 0) collection.references = references;
    collections[key] = collection;
  }
  const conn: ConnectionInput = { type: discovery.dialect, url_env: connection.url_env };
  if (connection.schema !== undefined) conn.schema = connection.schema;
  const datasets = { connections: { [connection.name]: conn }, collections };
  const doc = new Document({ datasets });
  for (const c of comments) (doc.getIn(c.path, true) as Node).commentBefore = ` ${c.text}`;
  return { datasets, notes, yaml: doc.toString({ lineWidth: 0 }) };
}

/**
 * The tables with personal data, and those whose rows hang off them by a foreign key, however many
 * steps down (an invoice line has no personal column, but it is part of the person's invoice).
 */
function proposedTables(tables: readonly TableFinding[]): TableFinding[] {
  const wanted = new Set(tables.filter((t) => t.personal).map((t) => t.name));
  for (let grew = true; grew;) {
    grew = false;
    for (const t of tables) {
      if (wanted.has(t.name) || !t.foreignKeys.some((fk) => wanted.has(fk.parentTable))) continue;
      wanted.add(t.name);
      grew = true;
    }
  }
  return tables.filter((t) => wanted.has(t.name));
}

/** Which single-column keys between proposed tables are walked, by "table.column". */
function decidedKeys(tables: readonly TableFinding[], names: Map<string, string>) {
  const keys: ProposedKey[] = tables.flatMap((t) =>
    t.foreignKeys
      .filter((fk) => fk.columns.length === 1 && names.has(fk.parentTable))
      .map((fk) => ({ table: t.name, column: fk.columns[0] as string, parent: fk.parentTable })),
  );
  const decisions = decideKeys(tables, keys);
  return new Map(keys.map((k, i) => [`${k.table}.${k.column}`, decisions[i]!]));
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

function referencesOf(
  table: TableFinding,
  keys: Map<string, string>,
  notes: string[],
  decided: Map<string, { walked: boolean }>,
): ReferenceInput[] {
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
    const walked = decided.get(`${table.name}.${field}`)?.walked ?? true;
    references.push({ field, to: `${parent}.${column}`, direction: walked ? "from_parent" : "none" });
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
