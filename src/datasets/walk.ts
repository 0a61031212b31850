import type { Identity } from "../kernel/index.js";
import { keyBatches, matchableValues } from "../connectors/index.js";
import { type DatasetGraph, type Edge, leftOut, seedCollections } from "./graph.js";
import type { Connections } from "./connections.js";
import { matchCondition, matchForm, type MatchMode, matchModeOf } from "./identity-match.js";
import { keyOf, type Row, tableDb } from "./table.js";
import { tenantClimbs } from "./tenant-scope.js";

/** One query round on one collection: the field it matched on and how many values and rows. */
export interface WalkStep {
  round: number;
  collection: string;
  field: string;
  values: number;
  rows: number;
}

/** How the walk came to a row: in which round, and along which reference (none: by an identity). */
export interface Reach {
  round: number;
  via?: Edge;
}

export interface WalkResult {
  /** Found rows per collection, keyed by primary key. */
  rows: Map<string, Map<string, Row>>;
  /** For every found row, how the walk first came to it: what the blast-radius guard judges. */
  reached: Map<string, Map<string, Reach>>;
  steps: WalkStep[];
}

interface Lookup {
  collection: string;
  field: string;
  /** normalised for identity fields that compare that way (see identity-match.ts); keys are exact. */
  mode: MatchMode;
  /** Each value with the reference that asked for it first (none: a given identity). */
  values: Map<string, Edge | undefined>;
}

/**
 * Finds every row of the person: starting from the collections that hold one of the given identities,
 * then following the references the register allows, round by round. Each round runs one query per
 * (collection, field) with an IN list of all values found so far, never a query per row; rounds on
 * different connections run in parallel. Values are bound parameters, and every returned row is
 * checked again for an exact match, because some collations (MariaDB's) match 'A' to 'a' or 'a '.
 * Identity fields compare as their `match` says: e-mail addresses trimmed, NFC-normalised and
 * ignoring case unless the register says `match: exact`.
 */
export async function walkRows(
  graph: DatasetGraph,
  connections: Connections,
  identities: readonly Identity[],
  onStep?: (step: WalkStep) => void,
): Promise<WalkResult> {
  const rows = new Map<string, Map<string, Row>>();
  const reached = new Map<string, Map<string, Reach>>();
  const queried = new Map<string, Set<string>>(); // "collection.field" -> values already asked for
  const steps: WalkStep[] = [];
  let pending: Lookup[] = [];

  const want = (collection: string, field: string, values: Iterable<string>, via?: Edge, mode: MatchMode = "exact") => {
    // Rows the company processes for a tenant are the tenant's to disclose or change, the company's own
    // rows are not a tenant's: whichever the request leaves out is never queried here.
    if (leftOut(graph, collection)) return;
    const key = `${collection}.${field}.${mode}`;
    const done = queried.get(key) ?? new Set<string>();
    queried.set(key, done);
    let lookup = pending.find((l) => l.collection === collection && l.field === field && l.mode === mode);
    for (const value of values) {
      if (done.has(value)) continue;
      done.add(value);
      if (!lookup) {
        lookup = { collection, field, mode, values: new Map() };
        pending.push(lookup);
      }
      lookup.values.set(value, via);
    }
  };

  const types = [...new Set(identities.map((i) => i.type))];
  for (const name of seedCollections(graph, types)) {
    const collection = graph.collections.get(name)!;
    for (const [field, def] of Object.entries(collection.fields)) {
      if (!def.identity) continue;
      const mode = matchModeOf(def);
      want(
        name,
        field,
        identities.filter((i) => i.type === def.identity).map((i) => matchForm(mode, i.value)),
        undefined,
        mode,
      );
    }
  }

  for (let round = 0; pending.length > 0; round++) {
    const lookups = pending.sort((a, b) => a.collection.localeCompare(b.collection) || a.field.localeCompare(b.field));
    pending = [];
    const results = await Promise.all(
      lookups.map((lookup) =>
        lookupRows(graph, connections, lookup.collection, lookup.field, lookup.values.keys(), lookup.mode),
      ),
    );
    lookups.forEach((lookup, i) => {
      const found = results[i] as Row[];
      const step = {
        round,
        collection: lookup.collection,
        field: lookup.field,
        values: lookup.values.size,
        rows: found.length,
      };
      steps.push(step);
      onStep?.(step);
      const collection = graph.collections.get(lookup.collection)!;
      const known = rows.get(lookup.collection) ?? new Map<string, Row>();
      rows.set(lookup.collection, known);
      const how = reached.get(lookup.collection) ?? new Map<string, Reach>();
      reached.set(lookup.collection, how);
      const fresh: Row[] = [];
      for (const row of found) {
        const key = keyOf(row[collection.primary_key]);
        if (!known.has(key)) {
          known.set(key, row);
          const via = lookup.values.get(matchedValue(lookup.mode, row[lookup.field]));
          how.set(key, via ? { round, via } : { round });
          fresh.push(row);
        }
      }
      if (fresh.length === 0) return;
      for (const edge of graph.edges) {
        if (edge.down && edge.parent === lookup.collection) {
          want(edge.child, edge.childField, valuesOf(fresh, edge.parentField), edge);
        }
        if (edge.up && edge.child === lookup.collection && tenantClimbs(graph, edge)) {
          want(edge.parent, edge.parentField, valuesOf(fresh, edge.childField), edge);
        }
      }
    });
  }
  return { rows, reached, steps };
}

function valuesOf(rows: readonly Row[], field: string): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const value = row[field];
    if (value !== null && value !== undefined) out.push(keyOf(value));
  }
  return out;
}

/** A found row's value in the form the lookup compared it in. */
function matchedValue(mode: MatchMode, value: unknown): string {
  return mode === "exact" ? keyOf(value) : matchForm(mode, String(value));
}

/**
 * The rows of a collection whose `field` is one of `wanted` (exactly, or as `mode` compares): one
 * query per batch of values.
 */
export async function lookupRows(
  graph: DatasetGraph,
  connections: Connections,
  name: string,
  field: string,
  wanted: Iterable<string>,
  mode: MatchMode = "exact",
): Promise<Row[]> {
  const lookup = { collection: name, field };
  const collection = graph.collections.get(lookup.collection)!;
  const connector = connections.get(collection.connection);
  if (!connector)
    throw new Error(`collection "${lookup.collection}": connection "${collection.connection}" is not open`);
  const db = tableDb(connector, collection);
  const values = matchableValues(connector.dialect, [...wanted].sort());
  const out: Row[] = [];
  // A tenant's request: the tenant column narrows every query on a collection that has one.
  const tenantColumn = graph.tenant?.columns.get(name);
  for (const part of keyBatches(connector.dialect, values)) {
    let query = db
      .selectFrom(collection.table)
      .selectAll()
      .where(matchCondition(connector, mode, lookup.field, part));
    if (tenantColumn) query = query.where(tenantColumn, "=", graph.tenant!.key);
    const found = (await query.execute()) as Row[];
    const asked = new Set(part);
    for (const row of found) {
      const value = row[lookup.field];
      // Checked again as for the match: a collation may compare the key loosely.
      if (tenantColumn && keyOf(row[tenantColumn]) !== graph.tenant!.key) continue;
      if (value !== null && value !== undefined && asked.has(matchedValue(mode, value))) out.push(row);
    }
  }
  return out;
}
