import type { KeyObject } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Store, StoreDialect, StoreSchema } from "../store/index.js";
import { type AuditEntry, type ChainHead, type ChainProblem, canonicalJson, chainEntry, verifyChain } from "./chain.js";
import { type AuditCheckpoint, checkAgainstCheckpoint, type CheckpointProblem } from "./checkpoint.js";
import { retryOnConflict } from "./conflict.js";

/** What a caller says about an event; the writer adds the number, the time when not given, and the hashes. */
export interface AuditRecord {
  actor: string;
  action: string;
  subjectType?: string;
  subjectId?: string;
  /** Ids, statuses, counts and hashes only: the audit log is not encrypted and is exported as is. */
  data?: Record<string, unknown>;
  at?: Date;
}

/**
 * The writer's record of the last entry, in the settings table: the chain shows a changed or missing
 * entry in the middle, but only this shows entries cut off the end.
 */
export const AUDIT_HEAD_KEY = "audit.head";

/**
 * Appends one entry inside the caller's transaction, so the entry commits or rolls back with the change
 * it records. Two writers that read the same last entry both try the same `seq`; the primary key lets
 * one of them fail, and the caller retries its whole transaction (retryOnConflict). On PostgreSQL the
 * head row is locked first, so writers queue instead of failing.
 */
export async function appendAuditIn(
  trx: Transaction<StoreSchema>,
  dialect: StoreDialect,
  record: AuditRecord,
): Promise<AuditEntry> {
  const [entry] = await appendAuditBatchIn(trx, dialect, [record]);
  return entry as AuditEntry;
}

/**
 * Appends entries in order with one lock on the chain's head, one insert and one head update. Every
 * writer of the log serialises on the head, so this is the part of a transaction that decides how
 * many requests per second the service can take: the fewer statements it holds the lock for, the better.
 */
export async function appendAuditBatchIn(
  trx: Transaction<StoreSchema>,
  dialect: StoreDialect,
  records: readonly AuditRecord[],
): Promise<AuditEntry[]> {
  if (records.length === 0) return [];
  let previous = await lastWritten(trx, dialect);
  const entries: AuditEntry[] = [];
  for (const record of records) {
    const entry = chainEntry(previous, {
      at: (record.at ?? new Date()).toISOString(),
      actor: record.actor,
      action: record.action,
      subject_type: record.subjectType ?? null,
      subject_id: record.subjectId ?? null,
      data: canonicalJson(record.data ?? {}),
    });
    entries.push(entry);
    previous = entry;
  }
  await trx.insertInto("audit_log").values(entries).execute();
  const last = entries[entries.length - 1] as AuditEntry;
  const head = JSON.stringify({ seq: last.seq, hash: last.hash } satisfies ChainHead);
  await trx
    .insertInto("settings")
    .values({ key: AUDIT_HEAD_KEY, value: head })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: head }))
    .execute();
  return entries;
}

/** Appends one entry in a transaction of its own, retried when another writer took the number. */
export async function appendAudit(store: Store, record: AuditRecord): Promise<AuditEntry> {
  return retryOnConflict(() => store.db.transaction().execute((trx) => appendAuditIn(trx, store.dialect, record)));
}

/** The entry to chain onto: the recorded head (so a cut-off tail stays visible), else the last stored entry. */
async function lastWritten(trx: Transaction<StoreSchema>, dialect: StoreDialect): Promise<ChainHead | undefined> {
  const query = trx.selectFrom("settings").select("value").where("key", "=", AUDIT_HEAD_KEY);
  const head = await dialect.forUpdate(query).executeTakeFirst();
  if (head) return JSON.parse(head.value) as ChainHead;
  return trx.selectFrom("audit_log").select(["seq", "hash"]).orderBy("seq", "desc").limit(1).executeTakeFirst();
}

export interface AuditQuery {
  subjectType?: string;
  subjectId?: string;
  /** Entries after this number (for paging). */
  afterSeq?: number;
  limit?: number;
}

/** Entries in number order, optionally for one subject (a request's trail). */
export async function readAudit(
  store: Store | { db: Kysely<StoreSchema> },
  query: AuditQuery = {},
): Promise<AuditEntry[]> {
  let q = store.db.selectFrom("audit_log").selectAll().orderBy("seq");
  if (query.subjectType !== undefined) q = q.where("subject_type", "=", query.subjectType);
  if (query.subjectId !== undefined) q = q.where("subject_id", "=", query.subjectId);
  if (query.afterSeq !== undefined) q = q.where("seq", ">", query.afterSeq);
  if (query.limit !== undefined) q = q.limit(query.limit);
  return (await q.execute()).map((row) => ({ ...row, seq: Number(row.seq) }));
}

const PAGE = 5000;

/** Every entry in number order, a page at a time, so an export of a large log does not hold it all. */
export async function* allAuditEntries(store: Store): AsyncGenerator<AuditEntry> {
  let afterSeq: number | undefined;
  for (;;) {
    const page = await readAudit(store, { ...(afterSeq === undefined ? {} : { afterSeq }), limit: PAGE });
    yield* page;
    if (page.length < PAGE) return;
    afterSeq = page.at(-1)!.seq;
  }
}

export interface StoredAuditVerification {
  ok: boolean;
  checked: number;
  problems: ChainProblem[];
  /** Found against the checkpoint, when one was given. */
  checkpointProblems: CheckpointProblem[];
  /** The last entry's number and hash: an auditor who notes them elsewhere can later tell a rewritten log. */
  head?: ChainHead;
}

/** A signed checkpoint to check the log against, and the public key trusted to have signed it. */
export interface CheckpointCheck {
  checkpoint: AuditCheckpoint;
  publicKey: KeyObject;
}

/**
 * Checks the whole stored log: changed, removed (also at the end), moved and reordered entries; with a
 * checkpoint, also a tail cut off or a chain recomputed since it was signed.
 */
export async function verifyStoredAudit(store: Store, against?: CheckpointCheck): Promise<StoredAuditVerification> {
  const entries: AuditEntry[] = [];
  for await (const entry of allAuditEntries(store)) entries.push(entry);
  const stored = await store.db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", AUDIT_HEAD_KEY)
    .executeTakeFirst();
  const head = stored ? (JSON.parse(stored.value) as ChainHead) : undefined;
  const result = verifyChain(entries, head ? { head } : {});
  const last = entries.at(-1);
  const bySeq = new Map(entries.map((e) => [e.seq, e]));
  const checkpointProblems = against
    ? checkAgainstCheckpoint(against.checkpoint, against.publicKey, (seq) => bySeq.get(seq), last?.seq ?? 0)
    : [];
  return {
    ...result,
    ok: result.ok && checkpointProblems.length === 0,
    checkpointProblems,
    ...(last ? { head: { seq: last.seq, hash: last.hash } } : {}),
  };
}

/**
 * The log as JSON lines, one entry per line in number order, with keys in a fixed order. `data` is
 * given as the object; canonicalJson(data) gives back the exact text the hash covers.
 */
export async function* auditJsonLines(store: Store): AsyncGenerator<string> {
  for await (const e of allAuditEntries(store)) {
    yield `${JSON.stringify({
      seq: e.seq,
      at: e.at,
      actor: e.actor,
      action: e.action,
      subject_type: e.subject_type,
      subject_id: e.subject_id,
      data: JSON.parse(e.data) as unknown,
      prev_hash: e.prev_hash,
      hash: e.hash,
    })}\n`;
  }
}
