import { DATA_CATEGORIES, type Register } from "../../register/index.js";
import type { Confidence } from "./classify.js";
import type { Discovery } from "./discover.js";
import { compare } from "./order.js";

export type DriftKind =
  "undeclared-table" | "undeclared-column" | "missing-table" | "missing-column" | "category-mismatch";

/** One difference between the database and the register's datasets; names and categories, no values. */
export interface DriftItem {
  kind: DriftKind;
  table: string;
  column?: string;
  /** For an undeclared table: its personal columns. */
  columns?: string[];
  /** The register's collection, where one is involved. */
  collection?: string;
  declared?: string;
  found?: string;
  confidence?: Confidence;
  evidence?: string[];
  message: string;
}

/**
 * Compares a discovered database with the collections the register declares on that connection:
 * personal columns the register does not know, declared tables and columns the database no longer
 * has, and declared categories the content contradicts. Only mismatches the content shows count:
 * a name alone is too weak to call a declaration wrong.
 */
export function drift(discovery: Discovery, register: Register, connectionName: string): DriftItem[] {
  const datasets = register.datasets;
  const connection = datasets?.connections[connectionName];
  const collections = Object.entries(datasets?.collections ?? {}).filter(([, c]) => {
    if (c.connection !== connectionName) return false;
    const schema = c.schema ?? connection?.schema;
    return schema === undefined || discovery.schema === undefined || schema === discovery.schema;
  });
  const items: DriftItem[] = [];
  const tables = new Map(discovery.tables.map((t) => [t.name, t]));

  for (const [name, collection] of collections) {
    const table = tables.get(collection.table);
    if (!table) {
      items.push({
        kind: "missing-table",
        table: collection.table,
        collection: name,
        message: `collection ${name} declares table ${collection.table}, which the database does not have`,
      });
      continue;
    }
    const columns = new Set(table.columns.map((c) => c.name));
    const used = new Map<string, string>([[collection.primary_key, "primary key"]]);
    for (const field of Object.keys(collection.fields)) used.set(field, "field");
    for (const reference of collection.references)
      if (!used.has(reference.field)) used.set(reference.field, "reference");
    for (const [column, role] of used) {
      if (columns.has(column)) continue;
      items.push({
        kind: "missing-column",
        table: table.name,
        column,
        collection: name,
        message: `${name}: declared ${role} ${column} is not a column of ${table.name}`,
      });
    }
  }

  const declared = new Map<string, Map<string, { collection: string; category?: string }>>();
  for (const [name, collection] of collections) {
    const fields = declared.get(collection.table) ?? new Map();
    for (const [column, field] of Object.entries(collection.fields)) {
      fields.set(column, { collection: name, ...(field.category ? { category: field.category } : {}) });
    }
    declared.set(collection.table, fields);
  }

  for (const table of discovery.tables) {
    const fields = declared.get(table.name);
    const personal = table.columns.filter((c) => c.guess.category !== undefined);
    if (!fields) {
      if (personal.length === 0) continue;
      const found = personal.map((c) => `${c.name} (${c.guess.category})`).join(", ");
      items.push({
        kind: "undeclared-table",
        table: table.name,
        columns: personal.map((c) => c.name),
        message: `table ${table.name} holds personal data but no collection declares it: ${found}`,
      });
      continue;
    }
    for (const column of personal) {
      const { category, confidence, evidence } = column.guess;
      const field = fields.get(column.name);
      if (!field) {
        items.push({
          kind: "undeclared-column",
          table: table.name,
          column: column.name,
          found: category,
          ...(confidence ? { confidence } : {}),
          evidence,
          message: `${table.name}.${column.name} looks like ${category} but is not a declared field`,
        });
      } else if (
        column.guess.byContent &&
        field.category !== undefined &&
        field.category !== category &&
        field.category in DATA_CATEGORIES
      ) {
        items.push({
          kind: "category-mismatch",
          table: table.name,
          column: column.name,
          collection: field.collection,
          declared: field.category,
          found: category,
          ...(confidence ? { confidence } : {}),
          evidence,
          message: `${field.collection}.${column.name} is declared ${field.category} but its content looks like ${category}`,
        });
      }
    }
  }
  return items.sort(
    (a, b) => compare(a.table, b.table) || compare(a.column ?? "", b.column ?? "") || compare(a.kind, b.kind),
  );
}

/**
 * Drift worth failing a build over: everything except columns only a vague name or a failed content
 * check calls personal. Those are still reported, but a CI job that fails on them gets ignored.
 */
export function significantDrift(items: DriftItem[]): DriftItem[] {
  return items.filter((item) => item.confidence !== "low");
}
