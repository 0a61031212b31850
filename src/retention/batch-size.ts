/**
 * How long one batch's transaction may hold its locks before the next batch is made smaller. Half
 * the 200 ms the application is promised at most: the sweep only learns a batch was slow once it is
 * committed, so the target leaves room for the one slow batch that teaches it.
 */
export const DEFAULT_BATCH_TARGET_MS = 100;

/** The smallest batch: below this a batch's round trips and audit entry cost more than its locks. */
export const MIN_BATCH_SIZE = 50;

/** The rows the next batch takes, learnt from how long the batches so far held their locks. */
export interface BatchSizer {
  readonly size: number;
  /** After a batch's transaction committed: how long it ran. */
  observe(ms: number): void;
}

/**
 * A batch size that keeps each transaction inside a time budget: halved as soon as a batch runs over
 * the target, grown back by a quarter after a batch that took less than half of it, never above
 * `max` (the configured batch size) nor below MIN_BATCH_SIZE. What makes a batch slow is mostly the
 * commit waiting for the database's disk (see bench/retention.bench.ts), which a busy server makes
 * slow for a while; halving at once and growing slowly keeps the sweep short-locked through such a
 * spell and fast again after it.
 */
export function adaptiveBatchSize(options: { max: number; targetMs?: number }): BatchSizer {
  const max = Math.max(1, Math.floor(options.max));
  const target = options.targetMs ?? DEFAULT_BATCH_TARGET_MS;
  const min = Math.min(MIN_BATCH_SIZE, max);
  let size = max;
  return {
    get size() {
      return size;
    },
    observe(ms: number) {
      if (ms > target) size = Math.max(min, Math.floor(size / 2));
      else if (ms < target / 2) size = Math.min(max, Math.ceil(size * 1.25));
    },
  };
}
