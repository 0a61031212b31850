import { matchableValues, readColumns } from "../connectors/index.js";
import type { Connections } from "./connections.js";
import { type DatasetGraph, seedCollections } from "./graph.js";
import { type HeldBy, heldRows } from "./holds.js";
import { matchCondition, matchForm, matchModeOf } from "./identity-match.js";
import { keyOf, type Row, tableDb } from "./table.js";
import type { WalkResult } from "./walk.js";

/** A correction refused before anything is written; the message names the field, never the value. */
export class RectificationRefused extends Error {}

export interface Target {
  collection: string;
  field: string;
  value: string;
}

/**
 * Rows under a legal hold are records the law wants kept as they are (a tax record is evidence):
 * rewriting them needs an override with a reason, which the audit log keeps. Returns how many held
 * rows the override lets through.
 */
export function checkHolds(
  graph: DatasetGraph,
  found: WalkResult,
  targets: readonly Target[],
  now: Date,
  override: string | undefined,
): number {
  const holds = heldRows(graph, found, now);
  let overridden = 0;
  for (const t of new Set(targets.map((t) => t.collection))) {
    const held = [...(holds.get(t)?.values() ?? [])];
    if (held.length === 0) continue;
    if (override === undefined)
      throw new RectificationRefused(
        `--set ${t}: ${held.length} row(s) are kept under a legal hold (${grounds(held)}); rewriting them needs an override with a reason`,
      );
    overridden += held.length;
  }
  return overridden;
}

function grounds(held: readonly HeldBy[]): string {
  return [...new Set(held.map((h) => (h.law ? `${h.ground}, ${h.law}` : h.ground)))].join("; ");
}

/**
 * A new value for an identity field that already finds another person's rows would merge the two:
 * the next access for either would return both. Every collection with a field of that identity type
 * is asked, and a row the walk did not find for this person refuses the correction.
 */
export async function checkIdentityUnique(
  graph: DatasetGraph,
  connections: Connections,
  found: WalkResult,
  targets: readonly Target[],
): Promise<void> {
  for (const t of targets) {
    const type = graph.collections.get(t.collection)?.fields[t.field]?.identity;
    if (!type) continue;
    for (const name of seedCollections(graph, [type])) {
      const collection = graph.collections.get(name)!;
      const connector = connections.get(collection.connection);
      if (!connector) continue;
      const own = found.rows.get(name) ?? new Map<string, Row>();
      for (const [field, def] of Object.entries(collection.fields)) {
        if (def.identity !== type) continue;
        // Compared the way a request would find it: a normalised e-mail field finds GERT@Example.NL too.
        const mode = matchModeOf(def);
        const asked = matchForm(mode, t.value);
        const values = matchableValues(connector.dialect, [asked]);
        if (values.length === 0) continue;
        const rows = (await tableDb(connector, collection)
          .selectFrom(collection.table)
          .selectAll()
          .where(matchCondition(connector, mode, field, values))
          .execute()) as Row[];
        const others = rows.filter((r) => {
          const value = r[field];
          if (value === null || value === undefined) return false;
          const form = mode === "exact" ? keyOf(value) : matchForm(mode, String(value));
          return form === asked && !own.has(keyOf(r[collection.primary_key]));
        });
        if (others.length > 0)
          throw new RectificationRefused(
            `--set ${t.collection}.${t.field}: the new value already identifies another person (in ${name}.${field}); afterwards one person's access would return both people's data`,
          );
      }
    }
  }
}

/**
 * The value must fit the column as declared: SQLite stores 100 characters in a VARCHAR(40), the
 * other databases refuse or cut them, so the declared length is checked on every database.
 */
export async function checkLengths(
  graph: DatasetGraph,
  connections: Connections,
  targets: readonly Target[],
): Promise<void> {
  for (const t of targets) {
    const collection = graph.collections.get(t.collection)!;
    const connector = connections.get(collection.connection);
    if (!connector) continue;
    const columns = await readColumns(connector, collection.table, collection.schema);
    const column = columns?.get(t.field);
    if (!column)
      throw new RectificationRefused(
        `--set ${t.collection}.${t.field}: the table "${collection.table}" has no such column`,
      );
    const length = [...t.value].length;
    if (column.maxLength !== undefined && length > column.maxLength)
      throw new RectificationRefused(
        `--set ${t.collection}.${t.field}: the value has ${length} characters, the column holds at most ${column.maxLength}`,
      );
  }
}
