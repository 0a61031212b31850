import { type CategoryInfo, DATA_CATEGORIES, type Text } from "../register/index.js";
import { type CollectionDef, type DatasetGraph, personalFields } from "./graph.js";
import type { Connections } from "./connections.js";
import type { Row } from "./table.js";
import type { WalkStep } from "./walk.js";
import { findPerson } from "./blast-radius.js";
import type { Identity } from "../kernel/index.js";

/** One collection's part of an access package: its rows, and which data categories its fields hold. */
export interface AccessSection {
  collection: string;
  table: string;
  /** What the person reads as the source, where the collection's name would not do (an API's records). */
  label?: Text;
  primaryKey: string;
  columns: string[];
  /** column -> data category id, for the columns the register classifies. */
  categories: Record<string, string>;
  /** Columns the person provided themselves (Art. 20 portability), per the register. */
  provided: string[];
  /**
   * Credentials and secrets the rows hold (password hashes, tokens, API keys): named, with their
   * category, but their values are left out of every file of the package.
   */
  withheld: { field: string; category?: string }[];
  rows: Row[];
}

export interface AccessResult {
  sections: AccessSection[];
  /** Every data category found in the person's rows: what the Art. 15(1) information is given for. */
  categories: string[];
  steps: WalkStep[];
}

/**
 * Collects everything the datasets hold about a person (Art. 15(1), 20): the walk's rows, per
 * collection, sorted by primary key so the package is the same every time for the same data.
 */
export async function collectAccess(
  graph: DatasetGraph,
  connections: Connections,
  identities: readonly Identity[],
  onStep?: (step: WalkStep) => void,
  taxonomy: Record<string, CategoryInfo> = DATA_CATEGORIES,
): Promise<AccessResult> {
  const found = await findPerson(graph, connections, identities, onStep);
  const sections: AccessSection[] = [];
  const categories = new Set<string>();
  for (const name of [...found.rows.keys()].sort()) {
    const rows = found.rows.get(name)!;
    if (rows.size === 0) continue;
    const collection = graph.collections.get(name)!;
    const withheld = secretFields(collection, taxonomy);
    const sorted = [...rows.entries()]
      .sort(([a], [b]) => compareKeys(a, b))
      .map(([, row]) => normalizeRow(withoutFields(row, withheld)));
    const columns = Object.keys(sorted[0] ?? {});
    const sectionCategories: Record<string, string> = {};
    for (const field of personalFields(collection)) {
      if (withheld.includes(field)) continue;
      const category = collection.fields[field]?.category;
      if (!category) continue;
      sectionCategories[field] = category;
      if (sorted.some((row) => row[field] !== null && row[field] !== undefined)) categories.add(category);
    }
    sections.push({
      collection: name,
      table: collection.table,
      primaryKey: collection.primary_key,
      columns,
      categories: sectionCategories,
      provided: Object.entries(collection.fields)
        .filter(([, f]) => f.provided)
        .map(([n]) => n),
      withheld: withheld.map((field) => {
        const category = collection.fields[field]?.category;
        return category ? { field, category } : { field };
      }),
      rows: sorted,
    });
  }
  return { sections, categories: [...categories].sort(), steps: found.steps };
}

/** Fields flagged `secret`, or of a category the taxonomy marks as credentials or secrets. */
export function secretFields(collection: CollectionDef, categories: Record<string, CategoryInfo>): string[] {
  return Object.entries(collection.fields)
    .filter(
      ([, f]) =>
        f.secret === true || (f.secret !== false && f.category !== undefined && categories[f.category]?.secret),
    )
    .map(([name]) => name)
    .sort();
}

function withoutFields(row: Row, fields: readonly string[]): Row {
  if (fields.length === 0) return row;
  const out: Row = { ...row };
  for (const field of fields) delete out[field];
  return out;
}

/** Numeric keys in numeric order, others as text. */
function compareKeys(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON-safe values: dates as ISO text, big integers and buffers as strings, the rest as read. */
export function normalizeRow(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Date) out[key] = value.toISOString();
    else if (typeof value === "bigint") out[key] = value.toString();
    else if (Buffer.isBuffer(value)) out[key] = value.toString("base64");
    else out[key] = value;
  }
  return out;
}
