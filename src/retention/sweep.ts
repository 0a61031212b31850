import { performance } from "node:perf_hooks";
import { type Connector, inList, keyBatches, timestampValue } from "../connectors/index.js";
import {
  type CollectionErasure,
  keyOf,
  maskRows,
  maskValue,
  markRestricted,
  personalFields,
  restrictedKeys,
  type Row,
  strategyOf,
  tableDb,
  type WritingStrategy,
} from "../datasets/index.js";
import type { RetentionAction, SweepTarget } from "./compile.js";
import { candidateCutoff, holdingRow, isDue, toTime } from "./due.js";

/** What one collection's sweep did (or, in a dry run, would do). Counts only: no keys, no values. */
export interface CollectionCounts {
  /** Rows past their period the rule's action was carried out on (deleted, anonymised, restricted). */
  handled: number;
  /** Due rows kept under a hold of the register (restricted meanwhile where the collection says how). */
  held: number;
  /** Due rows kept under a legal hold (a person, a tenant, the collection). */
  legalHold: number;
  /** Rows the action had already been carried out on: an anonymised row stays, and is not counted again. */
  alreadyDone: number;
  batches: number;
  /** The longest any batch's transaction ran, in milliseconds: how long the application could wait on its locks. */
  longestBatchMs: number;
  /** The whole collection is under a legal hold and was not swept. */
  skipped?: boolean;
}

export interface BatchInfo {
  collection: string;
  handled: number;
  held: number;
  ms: number;
}

export interface SweepCollection {
  connector: Connector;
  target: SweepTarget;
  period: string;
  action: RetentionAction;
  ruleId: string;
  now: Date;
  dryRun: boolean;
  batchSize: number;
  /** Keys of rows a legal hold keeps, and tenant keys under a hold. */
  heldKeys: ReadonlySet<string>;
  heldTenants: ReadonlySet<string>;
  secret: () => string;
  /** After each batch's transaction commits: the run renews its lease, records progress and writes the audit. */
  afterBatch: (batch: BatchInfo) => Promise<void>;
}

const emptyCounts = (): CollectionCounts => ({
  handled: 0,
  held: 0,
  legalHold: 0,
  alreadyDone: 0,
  batches: 0,
  longestBatchMs: 0,
});

function maskedFields(target: SweepTarget) {
  const { collection } = target;
  const references = new Set(collection.references.map((r) => r.field));
  return personalFields(collection)
    .filter((f) => f !== collection.primary_key && !references.has(f))
    .map((f) => ({ name: f, strategy: strategyOf(collection.fields[f]!) }));
}

/**
 * Sweeps one collection for one rule, in batches: select a batch of due keys (keyset order on the
 * primary key, so held rows are passed over, not read again), decide each row, then carry out the
 * batch in one short transaction on those keys only. Nothing is kept between batches but the last key,
 * and a row that was handled no longer matches (or is recognised as done), so a sweep that was killed
 * half-way simply runs again and finishes.
 */
export async function sweepCollection(input: SweepCollection): Promise<CollectionCounts> {
  const { connector, target, now } = input;
  const { collection } = target;
  const pk = collection.primary_key;
  const counts = emptyCounts();
  const fields = input.action === "anonymize" ? maskedFields(target) : [];
  const deletes =
    input.action === "delete" || fields.some((f) => f.strategy === "delete_row") || collection.erasure === "delete";
  // `keep` fields stay as they are (the register says so); only the others are written.
  const masks = fields.filter(
    (f): f is { name: string; strategy: WritingStrategy } => f.strategy !== "delete_row" && f.strategy !== "keep",
  );
  const columns = [
    ...new Set([
      pk,
      target.since,
      ...target.holds.flatMap((h) => (h.since ? [h.since] : [])),
      ...(target.tenant ? [target.tenant] : []),
      ...(deletes ? [] : masks.map((f) => f.name)),
    ]),
  ];
  const cutoff = timestampValue(connector.dialect, candidateCutoff(now, input.period).getTime());
  const db = tableDb(connector, collection);
  let last: unknown;
  for (;;) {
    let query = db
      .selectFrom(collection.table)
      .select(columns)
      .where(target.since, "is not", null)
      .where(target.since, "<=", cutoff);
    if (last !== undefined) query = query.where(pk, ">", last);
    const rows = (await query.orderBy(pk).limit(input.batchSize).execute()) as Row[];
    if (rows.length === 0) break;
    last = rows[rows.length - 1]![pk];

    const act = new Map<string, Row>();
    const held: string[] = [];
    let ground = "legal_obligation";
    for (const row of rows) {
      const start = toTime(row[target.since]);
      if (start === undefined || !isDue(start, input.period, now)) continue;
      const key = keyOf(row[pk]);
      if (input.heldKeys.has(key) || (target.tenant && input.heldTenants.has(keyOf(row[target.tenant])))) {
        counts.legalHold++;
        continue;
      }
      const hold = holdingRow(target.holds, row, now);
      if (hold) {
        held.push(key);
        ground = hold.ground;
        continue;
      }
      if (!deletes && input.action === "anonymize" && isMasked(row, key, masks, target, input.secret)) {
        counts.alreadyDone++;
        continue;
      }
      act.set(key, row);
    }
    const keys = [...act.keys()];
    if (input.action === "restrict" && keys.length > 0) {
      const done = await connector.db
        .transaction()
        .execute((tx) => restrictedKeys(tx, connector.dialect, target.name, collection, keys));
      for (const key of done) act.delete(key);
      counts.alreadyDone += done.size;
    }
    const due = [...act.keys()];
    counts.held += held.length;
    counts.batches++;
    if (input.dryRun) {
      counts.handled += due.length;
      continue;
    }
    const started = performance.now();
    if (due.length > 0 || (held.length > 0 && collection.restriction)) {
      await connector.db.transaction().execute(async (tx) => {
        await markRestricted(tx, connector.dialect, target.name, collection, held, ground, now);
        if (due.length === 0) return;
        if (deletes) {
          const scoped = tableDb({ db: tx }, collection);
          for (const part of keyBatches(connector.dialect, due)) {
            await scoped
              .deleteFrom(collection.table)
              .where(inList(connector.dialect, pk, part))
              .execute();
          }
        } else if (input.action === "anonymize") {
          const step: CollectionErasure = {
            collection: target.name,
            connection: collection.connection,
            action: "mask",
            fields: masks,
            erase: due,
            held: [],
            problems: [],
          };
          await maskRows(tx, connector.dialect, collection, step, act, input.secret);
        } else {
          await markRestricted(tx, connector.dialect, target.name, collection, due, `retention:${input.ruleId}`, now);
        }
      });
    }
    const ms = performance.now() - started;
    counts.longestBatchMs = Math.max(counts.longestBatchMs, ms);
    counts.handled += due.length;
    await input.afterBatch({ collection: target.name, handled: due.length, held: held.length, ms });
    if (rows.length < input.batchSize) break;
  }
  return counts;
}

/** Whether every masked field of a row already holds its masked value: anonymised by an earlier sweep. */
function isMasked(
  row: Row,
  key: string,
  masks: readonly { name: string; strategy: WritingStrategy }[],
  target: SweepTarget,
  secret: () => string,
): boolean {
  return masks.every(({ name, strategy }) => {
    const value = row[name];
    const masked = maskValue(strategy, target.collection.fields[name]!, value, key, name, secret);
    return value === null || value === undefined || String(masked) === String(value);
  });
}
