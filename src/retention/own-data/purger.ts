import type { Kysely, Transaction } from "kysely";
import type { OwnDataKind } from "../../register/index.js";
import type { StoreDialect, StoreSchema } from "../../store/index.js";

/** What one batch removed: the kind's own rows, and the rows that went with them (by table). */
export interface BatchCounts {
  rows: number;
  with?: Record<string, number>;
}

/**
 * One kind of Waarborg's own data, as the purge sees it. `cutoff` is the latest start that is past
 * the kind's period (a store timestamp): `count` tells how many rows are due, `batch` removes at most
 * `limit` of them inside the caller's transaction, re-reading the condition there, so a row that
 * changed since it was counted (a request verified in between) is left alone.
 */
export interface OwnDataPurger {
  kind: OwnDataKind;
  count(db: Kysely<StoreSchema>, cutoff: string): Promise<number>;
  batch(trx: Transaction<StoreSchema>, dialect: StoreDialect, cutoff: string, limit: number): Promise<BatchCounts>;
}

/** A count query's answer as a number: PostgreSQL returns bigint counts as text. */
export function countOf(row: { n: number | string | bigint } | undefined): number {
  return Number(row?.n ?? 0);
}
