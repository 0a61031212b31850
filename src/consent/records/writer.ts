import { sql } from "kysely";
import type { Store } from "../../store/index.js";
import { batchRoot, type HashedRecord, recordHash } from "./hash.js";

interface Waiting {
  record: HashedRecord;
  hash: string;
  resolve(): void;
  reject(error: unknown): void;
}

interface BatchHead {
  at: string;
  records: number;
  root: string;
}

/** How many records one commit takes at most: 13 bound values each stays far below either database's limit. */
const MAX_BATCH = 1000;

/**
 * Group commit for consent records. Decisions arrive by the thousand per second at peaks; one
 * transaction per decision would spend the time in commits. Records that arrive while a commit is in
 * flight wait and go together in the next one: one batch row with the root over their hashes and
 * the records, in one atomic write. A caller's promise settles only after the commit, so an answer
 * of 201 means the record is on disk. Nothing here touches the audit log: batches are sealed into it
 * later, a segment at a time (seal.ts).
 */
export class ConsentWriter {
  private waiting: Waiting[] = [];
  private inFlight = 0;
  private scheduled = false;
  private drained: (() => void)[] = [];
  private readonly parallel: number;

  constructor(private readonly store: Store) {
    // SQLite has one writer at a time; PostgreSQL overlaps a few commits.
    this.parallel = store.dialect.parallelCommits;
  }

  /** Resolves once the record is committed; rejects when its commit failed (nothing of it was kept). */
  write(record: HashedRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ record, hash: recordHash(record), resolve, reject });
      // One turn of the event loop first, so the decisions that came in together share a commit.
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  /** Waits until every record handed in so far is committed or refused. */
  drain(): Promise<void> {
    if (this.waiting.length === 0 && this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.drained.push(resolve));
  }

  private pump(): void {
    while (this.inFlight < this.parallel && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      this.inFlight++;
      void this.commit(batch).finally(() => {
        this.inFlight--;
        this.pump();
        if (this.waiting.length === 0 && this.inFlight === 0) for (const done of this.drained.splice(0)) done();
      });
    }
  }

  private async commit(batch: Waiting[]): Promise<void> {
    const head: BatchHead = {
      at: new Date().toISOString(),
      records: batch.length,
      root: batchRoot(batch.map((w) => w.hash)),
    };
    try {
      if (this.store.dialect.insertsThroughWith) await this.insertInOneStatement(head, batch);
      else await this.insertInTransaction(head, batch);
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    }
    for (const w of batch) w.resolve();
  }

  /**
   * Where the database can (PostgreSQL): the batch row and its records in one statement (a data-modifying WITH), atomic on
   * its own: one round trip and one commit instead of four statements in a transaction.
   */
  private async insertInOneStatement(head: BatchHead, batch: Waiting[]): Promise<void> {
    // Bound values in VALUES arrive as text: the integer columns say so.
    const rows = batch.map(
      ({ record: r, hash }) =>
        sql`(${r.consent_id}, ${r.at}, ${r.version}::integer, ${r.config_hash}, ${r.choices}, ${r.action}, ${r.lang}, ${r.origin}, ${r.gpc}::integer, ${r.parental}::text, ${r.via}, ${hash})`,
    );
    await sql`
      with batch as (
        insert into consent_batches (at, records, root) values (${head.at}, ${head.records}, ${head.root}) returning id
      )
      insert into consent_records
        (consent_id, at, version, config_hash, choices, action, lang, origin, gpc, parental, via, hash, batch)
      select v.*, batch.id from (values ${sql.join(rows)}) as v, batch`.execute(this.store.db);
  }

  private async insertInTransaction(head: BatchHead, batch: Waiting[]): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("consent_batches")
        .values({ ...head, segment: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("consent_records")
        .values(batch.map((w) => ({ ...w.record, hash: w.hash, batch: Number(id) })))
        .execute();
    });
  }
}

const writers = new WeakMap<Store, ConsentWriter>();

/** The one writer of a store in this process, so concurrent decisions share its commits. */
export function consentWriter(store: Store): ConsentWriter {
  let writer = writers.get(store);
  if (!writer) {
    writer = new ConsentWriter(store);
    writers.set(store, writer);
  }
  return writer;
}

/** Waits for the records in flight before a store closes; a no-op for a store that took none. */
export async function drainConsent(store: Store): Promise<void> {
  await writers.get(store)?.drain();
}
