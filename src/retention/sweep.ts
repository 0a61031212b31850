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
import type { BatchSizer } from "./batch-size.js";
import type { RetentionAction, SweepTarget } from "./compile.js";
import { candidateCutoff, dueTest, holdingRow, toTime } from "./due.js";

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
  /** The most rows this batch could take: the batch size at the time. */
  size: number;
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
  /** Adapts the batch size to a time budget; without it every batch takes `batchSize` rows. */
  sizer?: BatchSizer;
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
  const candidates = (after: unknown, limit: number): Promise<Row[]> => {
    let query = db
      .selectFrom(collection.table)
      .select(columns)
      .where(target.since, "is not", null)
      .where(target.since, "<=", cutoff);
    if (after !== undefined) query = query.where(pk, ">", after);
    const read = query.orderBy(pk).limit(limit).execute() as Promise<Row[]>;
    // Read ahead of its use: a batch that fails first must not leave this rejection unhandled.
    read.catch(() => undefined);
    return read;
  };
  const isPastPeriod = dueTest(input.period, now);
  let limit = input.sizer?.size ?? input.batchSize;
  let next: Promise<Row[]> | undefined = candidates(undefined, limit);
  for (;;) {
    const size = limit;
    const rows: Row[] = next ? await next : [];
    if (rows.length === 0) break;
    const last = rows[rows.length - 1]![pk];
    // The next batch's keys are read while this one is carried out: they lie past this batch's last
    // key, so the two never touch the same rows, and the sweep does not wait for the read. The size
    // this batch teaches the sizer therefore applies from the batch after the next.
    limit = input.sizer?.size ?? input.batchSize;
    next = rows.length >= size ? candidates(last, limit) : undefined;

    const act = new Map<string, Row>();
    const held: string[] = [];
    let ground = "legal_obligation";
    for (const row of rows) {
      const start = toTime(row[target.since]);
      if (start === undefined || !isPastPeriod(start)) continue;
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
    let ms = 0;
    const marks = held.length > 0 && collection.restriction !== undefined;
    const parts = deletes ? keyBatches(connector.dialect, due) : [];
    if (parts.length === 1 && !marks) {
      // One DELETE is a transaction of its own: its locks last while it runs and commits, without the
      // round trip back to this process before a COMMIT, which on a busy machine is the longest wait.
      const started = performance.now();
      await db
        .deleteFrom(collection.table)
        .where(inList(connector.dialect, pk, parts[0]!))
        .execute();
      ms = performance.now() - started;
    } else if (due.length > 0 || marks) {
      let started = performance.now();
      await connector.db.transaction().execute(async (tx) => {
        // Rows are locked by the first statement, not by BEGIN: the lock time counts from there.
        started = performance.now();
        await markRestricted(tx, connector.dialect, target.name, collection, held, ground, now);
        if (due.length === 0) return;
        if (deletes) {
          const scoped = tableDb({ db: tx }, collection);
          for (const part of parts) {
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
      ms = performance.now() - started;
    }
    if (due.length > 0 || held.length > 0) input.sizer?.observe(ms);
    counts.longestBatchMs = Math.max(counts.longestBatchMs, ms);
    counts.handled += due.length;
    await input.afterBatch({ collection: target.name, handled: due.length, held: held.length, ms, size });
    if (!next) break;
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
