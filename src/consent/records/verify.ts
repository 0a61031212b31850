import { type AuditEntry, canonicalJson, readAudit } from "../../audit/index.js";
import type { Store } from "../../store/index.js";
import { batchRoot, recordHash, segmentRoot } from "./hash.js";
import { type ConsentRecord, toRecord } from "./read.js";

/** What checking a batch, a segment or the whole store found wrong; empty when all holds. */
export type ConsentProblem =
  | { kind: "record-changed"; seq: number }
  | { kind: "record-outside-batch"; seq: number }
  | { kind: "batch-changed"; batch: number }
  | { kind: "segment-changed"; segment: number }
  | { kind: "seal-missing"; segment: number };

export function describeConsentProblem(p: ConsentProblem): string {
  switch (p.kind) {
    case "record-changed":
      return `consent record ${p.seq} was changed after it was written (its hash no longer matches)`;
    case "record-outside-batch":
      return `consent record ${p.seq} belongs to no batch (it was not written by the service)`;
    case "batch-changed":
      return `batch ${p.batch} lost, gained or reordered records (its root no longer matches)`;
    case "segment-changed":
      return `segment ${p.segment} lost, gained or changed batches (its root no longer matches)`;
    case "seal-missing":
      return `segment ${p.segment} has no matching entry in the audit log`;
  }
}

/** Whether a record's stored hash is the hash of its fields. */
export function recordIntact(record: ConsentRecord): boolean {
  return (
    recordHash({
      consent_id: record.consentId,
      at: record.at,
      version: record.version,
      config_hash: record.configHash,
      choices: canonicalJson(record.choices),
      action: record.action,
      lang: record.lang,
      origin: record.origin,
      gpc: record.gpc ? 1 : 0,
      parental: record.parental,
      via: record.via,
    }) === record.hash
  );
}

/** Checks one batch: every record's hash, and the root over them. */
export async function checkBatch(store: Store, batchId: number): Promise<ConsentProblem[]> {
  const batch = await store.db.selectFrom("consent_batches").selectAll().where("id", "=", batchId).executeTakeFirst();
  const rows = await store.db
    .selectFrom("consent_records")
    .selectAll()
    .where("batch", "=", batchId)
    .orderBy("seq")
    .execute();
  const records = rows.map(toRecord);
  const problems: ConsentProblem[] = records
    .filter((r) => !recordIntact(r))
    .map((r) => ({ kind: "record-changed", seq: r.seq }));
  const root = batchRoot(records.map((r) => r.hash));
  if (!batch || batch.root !== root || Number(batch.records) !== records.length)
    problems.push({ kind: "batch-changed", batch: batchId });
  return problems;
}

export interface SegmentSeal {
  segment: number;
  root: string;
  /** The audit log entry that keeps the root. */
  audit: Pick<AuditEntry, "seq" | "hash" | "at"> | undefined;
}

/** Checks one segment against its batches and its audit entry (the chain itself: `waarborg audit verify`). */
export async function checkSegment(
  store: Store,
  segmentId: number,
): Promise<{ problems: ConsentProblem[]; seal: SegmentSeal | undefined }> {
  const segment = await store.db
    .selectFrom("consent_segments")
    .selectAll()
    .where("id", "=", segmentId)
    .executeTakeFirst();
  if (!segment) return { problems: [{ kind: "seal-missing", segment: segmentId }], seal: undefined };
  const batches = await store.db
    .selectFrom("consent_batches")
    .select(["id", "records", "root"])
    .where("segment", "=", segmentId)
    .orderBy("id")
    .execute();
  const problems: ConsentProblem[] = [];
  const root = segmentRoot(batches.map((b) => ({ id: Number(b.id), records: Number(b.records), root: b.root })));
  if (root !== segment.root) problems.push({ kind: "segment-changed", segment: segmentId });
  const [entry] = await readAudit(store, {
    subjectType: "consent_segment",
    subjectId: String(segmentId),
  });
  const sealed = entry && Number(entry.seq) === Number(segment.audit_seq) && JSON.parse(entry.data).root === root;
  if (!sealed) problems.push({ kind: "seal-missing", segment: segmentId });
  return {
    problems,
    seal: {
      segment: segmentId,
      root: segment.root,
      audit: entry ? { seq: entry.seq, hash: entry.hash, at: entry.at } : undefined,
    },
  };
}

/** Checks every record, batch and segment in the store. */
export async function verifyConsent(
  store: Store,
): Promise<{ ok: boolean; records: number; problems: ConsentProblem[] }> {
  const problems: ConsentProblem[] = [];
  let records = 0;
  const batches = await store.db.selectFrom("consent_batches").select(["id", "records"]).orderBy("id").execute();
  for (const b of batches) {
    problems.push(...(await checkBatch(store, Number(b.id))));
    records += Number(b.records);
  }
  const segments = await store.db.selectFrom("consent_segments").select("id").orderBy("id").execute();
  for (const s of segments) problems.push(...(await checkSegment(store, Number(s.id))).problems);
  // The table has no foreign keys (they would cost a lookup per record): a record added outside the
  // writer shows here.
  const stray = await store.db
    .selectFrom("consent_records")
    .select("seq")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom("consent_batches").select("id").whereRef("consent_batches.id", "=", "consent_records.batch")),
      ),
    )
    .execute();
  for (const r of stray) problems.push({ kind: "record-outside-batch", seq: Number(r.seq) });
  return { ok: problems.length === 0, records, problems };
}
