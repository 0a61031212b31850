import { performance } from "node:perf_hooks";
import { type Connector, inList, keyBatches } from "../connectors/index.js";
import { keyOf, markRestricted, type Row, tableDb } from "../datasets/index.js";
import { holdingRow } from "./due.js";
import type { TenantTarget } from "./tenant-plan.js";

/** One committed batch of a tenant's purge in one collection. */
export interface TenantBatch {
  collection: string;
  removed: number;
  held: number;
  legalHold: number;
  ms: number;
}

export interface PurgeCollection {
  connector: Connector;
  target: TenantTarget;
  tenant: string;
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
  longestBatchMs: number;
}

/**
 * Deletes one tenant's rows from one collection in batches: select a batch of the tenant's keys in
 * primary-key order (held rows are passed over by the key, not read again), then delete the batch in
 * one short transaction on those keys only, restricting the rows a hold keeps. Nothing is kept
 * between batches but the last key, and a deleted row no longer matches, so a purge that was killed
 * half-way runs again and finishes, and a purge that finished finds nothing more to do.
 */
export async function purgeCollection(input: PurgeCollection): Promise<CollectionPass> {
  const { connector, target, now } = input;
  const { collection } = target;
  const pk = collection.primary_key;
  const columns = [...new Set([pk, target.tenant, ...target.holds.flatMap((h) => (h.since ? [h.since] : []))])];
  const db = tableDb(connector, collection);
  const pass: CollectionPass = { removed: 0, held: 0, legalHold: 0, longestBatchMs: 0 };
  let last: unknown;
  for (;;) {
    let query = db.selectFrom(collection.table).select(columns).where(target.tenant, "=", input.tenant);
    if (last !== undefined) query = query.where(pk, ">", last);
    const rows = (await query.orderBy(pk).limit(input.batchSize).execute()) as Row[];
    if (rows.length === 0) break;
    last = rows[rows.length - 1]![pk];

    const due: string[] = [];
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
      due.push(key);
    }
    const started = performance.now();
    let removed = 0;
    if (due.length > 0 || (held.length > 0 && collection.restriction)) {
      await connector.db.transaction().execute(async (tx) => {
        await markRestricted(tx, connector.dialect, target.name, collection, held, ground, now);
        const scoped = tableDb({ db: tx }, collection);
        for (const part of keyBatches(connector.dialect, due)) {
          // The tenant's key again: a row whose key moved to another tenant meanwhile is not this tenant's.
          const result = await scoped
            .deleteFrom(collection.table)
            .where(inList(connector.dialect, pk, part))
            .where(target.tenant, "=", input.tenant)
            .executeTakeFirst();
          removed += Number(result.numDeletedRows);
        }
      });
    }
    const ms = performance.now() - started;
    pass.removed += removed;
    pass.held += held.length;
    pass.legalHold += legalHold;
    pass.longestBatchMs = Math.max(pass.longestBatchMs, ms);
    await input.afterBatch({ collection: target.name, removed, held: held.length, legalHold, ms });
    if (rows.length < input.batchSize) break;
  }
  return pass;
}
