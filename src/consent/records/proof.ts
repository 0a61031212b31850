import type { ServiceContext } from "../../context/index.js";

/** All these need of a context: the store and the clock (the CLI has no more). */
type StoreClock = Pick<ServiceContext, "store" | "now">;
import type { ShownConfig } from "../banner/shape.js";
import { shownByHash } from "./configs.js";
import { ConsentNotFoundError } from "./input.js";
import { type ConsentRecord, recordsOf } from "./read.js";
import { checkBatch, checkSegment, type ConsentProblem, recordIntact, type SegmentSeal } from "./verify.js";

/** One decision in a proof: what was chosen, and how its integrity is shown. */
export interface ProvenRecord extends ConsentRecord {
  /** Where the record's hash is sealed: its batch, and the segment and audit entry once sealed. */
  sealed: { batch: number; segment: SegmentSeal | null };
}

/**
 * The proof of consent for one consent id (Art. 7(1)): every decision in order, each with the
 * configuration it was made on (the texts and options shown, once per hash), and whether the
 * records, their batches and segments still hash to what the audit log sealed.
 */
export interface ConsentProof {
  consentId: string;
  generatedAt: string;
  records: ProvenRecord[];
  configs: Record<string, ShownConfig>;
  /** True when every hash holds; sealed says whether all records are in the audit log yet. */
  intact: boolean;
  sealed: boolean;
  problems: ConsentProblem[];
}

export async function consentProof(ctx: StoreClock, consentId: string): Promise<ConsentProof> {
  const records = await recordsOf(ctx.store, [consentId]);
  if (records.length === 0) throw new ConsentNotFoundError();
  return proofOf(ctx, consentId, records);
}

/** The proof for records already read (an access package reads them for several ids). */
export async function proofOf(ctx: StoreClock, consentId: string, records: ConsentRecord[]): Promise<ConsentProof> {
  const problems: ConsentProblem[] = [];
  const configs: Record<string, ShownConfig> = {};
  const batches = new Map<number, number | null>();
  const segments = new Map<number, SegmentSeal | null>();
  const proven: ProvenRecord[] = [];
  for (const record of records) {
    if (!recordIntact(record)) problems.push({ kind: "record-changed", seq: record.seq });
    const shown = configs[record.configHash] ?? (await shownByHash(ctx.store, record.configHash));
    if (shown) configs[record.configHash] = shown;
    if (!batches.has(record.batch)) {
      problems.push(...(await checkBatch(ctx.store, record.batch)).filter((p) => p.kind === "batch-changed"));
      const row = await ctx.store.db
        .selectFrom("consent_batches")
        .select("segment")
        .where("id", "=", record.batch)
        .executeTakeFirst();
      batches.set(record.batch, row?.segment === null || row?.segment === undefined ? null : Number(row.segment));
    }
    const segmentId = batches.get(record.batch) ?? null;
    if (segmentId !== null && !segments.has(segmentId)) {
      const checked = await checkSegment(ctx.store, segmentId);
      problems.push(...checked.problems);
      segments.set(segmentId, checked.seal ?? null);
    }
    proven.push({
      ...record,
      sealed: { batch: record.batch, segment: segmentId === null ? null : (segments.get(segmentId) ?? null) },
    });
  }
  return {
    consentId,
    generatedAt: ctx.now().toISOString(),
    records: proven,
    configs,
    intact: problems.length === 0,
    sealed: proven.every((r) => r.sealed.segment !== null),
    problems,
  };
}
