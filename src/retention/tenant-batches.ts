import { performance } from "node:perf_hooks";
import type { Transaction } from "kysely";
import { type Connector, inList, keyBatches } from "../connectors/index.js";
import {
  type CollectionDef,
  type Connections,
  type Edge,
  keyOf,
  markRestricted,
  type Row,
  tableDb,
} from "../datasets/index.js";
import { holdingRow } from "./due.js";
import type { TenantTarget } from "./tenant-plan.js";

/** One committed batch of a tenant's purge in one collection. */
export interface TenantBatch {
  collection: string;
  removed: number;
  held: number;
  legalHold: number;
  /** Rows kept because rows that stay (held, or not purged) still point at them. */
  kept: number;
  ms: number;
}

/** A reference pointing at the purged collection, with the collection it is declared on. */
export interface IncomingReference {
  edge: Edge;
  child: CollectionDef;
}

export interface PurgeCollection {
  connector: Connector;
  target: TenantTarget;
  tenant: string;
  /** The keys of the tenant's rows in this collection (findTenantRows), in order. */
  keys: readonly string[];
  /** The references pointing at this collection: rows of theirs that stay keep the rows they point at. */
  references: readonly IncomingReference[];
  connections: Connections;
  /** The restriction ground of rows kept for the rows that point at them. */
  keptGround: string;
  now: Date;
  batchSize: number;
  /** Keys of rows a legal hold on a person keeps. */
  heldKeys: ReadonlySet<string>;
  /** After each batch's transaction commits: the purge records progress, renews its lease and audits. */
  afterBatch: (batch: TenantBatch) => Promise<void>;
}

/** Totals of one pass over a collection. */
export interface CollectionPass {
  removed: number;
  held: number;
  legalHold: number;
  kept: number;
  longestBatchMs: number;
}

/**
 * The keys of rows among `rows` that a row elsewhere still points at: deleting them would trip the
 * foreign key, or leave that row pointing at nothing. Asked in the batch's transaction where the
 * pointing collection is on the same connection.
 */
async function stillReferenced(
  input: PurgeCollection,
  // any: the application's tables are not typed.
  tx: Transaction<any>,
  rows: readonly Row[],
): Promise<Set<string>> {
  const pk = input.target.collection.primary_key;
  const kept = new Set<string>();
  for (const { edge, child } of input.references) {
    const byValue = new Map<string, string[]>();
    for (const row of rows) {
      const value = row[edge.parentField];
      if (value === null || value === undefined) continue;
      const keys = byValue.get(keyOf(value)) ?? [];
      keys.push(keyOf(row[pk]));
      byValue.set(keyOf(value), keys);
    }
    if (byValue.size === 0) continue;
    const connector = input.connections.get(child.connection);
    if (!connector) throw new Error(`connection "${child.connection}" is not open`);
    const db = tableDb(child.connection === input.target.collection.connection ? { db: tx } : connector, child);
    for (const part of keyBatches(connector.dialect, [...byValue.keys()].sort())) {
      const found = (await db
        .selectFrom(child.table)
        .select(edge.childField)
        .distinct()
        .where(inList(connector.dialect, edge.childField, part))
        .execute()) as Row[];
      for (const row of found) for (const key of byValue.get(keyOf(row[edge.childField])) ?? []) kept.add(key);
    }
  }
  return kept;
}

/**
 * Deletes one tenant's rows from one collection in batches of their keys: read the batch's rows,
 * decide each, then delete the batch in one short transaction, restricting the rows a hold keeps and
 * keeping (restricted) the rows that rows staying elsewhere still point at, so a held child never
 * makes its parent's delete fail. A deleted row is not found again, so a purge that was killed
 * half-way runs again and finishes, and a purge that finished finds nothing more to do.
 */
export async function purgeCollection(input: PurgeCollection): Promise<CollectionPass> {
  const { connector, target, now } = input;
  const { collection } = target;
  const pk = collection.primary_key;
  const columns = [
    ...new Set([
      pk,
      ...(target.tenant ? [target.tenant] : []),
      ...target.holds.flatMap((h) => (h.since ? [h.since] : [])),
      ...input.references.map((r) => r.edge.parentField),
    ]),
  ];
  const db = tableDb(connector, collection);
  const pass: CollectionPass = { removed: 0, held: 0, legalHold: 0, kept: 0, longestBatchMs: 0 };
  for (let start = 0; start < input.keys.length; start += input.batchSize) {
    const batch = input.keys.slice(start, start + input.batchSize);
    let query = db
      .selectFrom(collection.table)
      .select(columns)
      .where(inList(connector.dialect, pk, batch));
    // The tenant's key again: a row whose key moved to another tenant meanwhile is not this tenant's.
    if (target.tenant) query = query.where(target.tenant, "=", input.tenant);
    const rows = (await query.orderBy(pk).execute()) as Row[];

    const due: Row[] = [];
    const held: string[] = [];
    let legalHold = 0;
    let ground = "legal_obligation";
    for (const row of rows) {
      const key = keyOf(row[pk]);
      if (input.heldKeys.has(key)) {
        legalHold++;
        continue;
      }
      const hold = holdingRow(target.holds, row, now);
      if (hold) {
        held.push(key);
        ground = hold.ground;
        continue;
      }
      due.push(row);
    }
    const started = performance.now();
    let removed = 0;
    let kept = 0;
    if (due.length > 0 || (held.length > 0 && collection.restriction)) {
      await connector.db.transaction().execute(async (tx) => {
        await markRestricted(tx, connector.dialect, target.name, collection, held, ground, now);
        const pointedAt = await stillReferenced(input, tx, due);
        kept = pointedAt.size;
        await markRestricted(tx, connector.dialect, target.name, collection, [...pointedAt], input.keptGround, now);
        const gone = due.map((row) => keyOf(row[pk])).filter((key) => !pointedAt.has(key));
        const scoped = tableDb({ db: tx }, collection);
        for (const part of keyBatches(connector.dialect, gone)) {
          let remove = scoped.deleteFrom(collection.table).where(inList(connector.dialect, pk, part));
          if (target.tenant) remove = remove.where(target.tenant, "=", input.tenant);
          const result = await remove.executeTakeFirst();
          removed += Number(result.numDeletedRows);
        }
      });
    }
    const ms = performance.now() - started;
    pass.removed += removed;
    pass.held += held.length;
    pass.legalHold += legalHold;
    pass.kept += kept;
    pass.longestBatchMs = Math.max(pass.longestBatchMs, ms);
    await input.afterBatch({ collection: target.name, removed, held: held.length, legalHold, kept, ms });
  }
  return pass;
}
