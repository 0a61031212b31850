import { appendAuditIn, retryOnConflict } from "../../audit/index.js";
import type { ServiceContext } from "../../context/index.js";

/** All these need of a context: the store and the clock (the CLI has no more). */
type StoreClock = Pick<ServiceContext, "store" | "now">;
import type { StoreSchema } from "../../store/index.js";
import type { Transaction } from "kysely";
import { segmentRoot } from "./hash.js";

/** Batches one segment takes at most: one audit entry for up to this many group commits. */
export const SEGMENT_BATCHES = 2000;
/** Ids per IN list, well inside either database's limit on bound values. */
const CHUNK = 500;

export interface SealedSegment {
  id: number;
  batches: number;
  records: number;
  root: string;
  auditSeq: number;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

type Counts = Map<string, { day: string; purpose: string; granted: number; refused: number }>;

/** Decisions per day and purpose in the batches being sealed, for the acceptance chart. */
async function countChoices(trx: Transaction<StoreSchema>, batchIds: number[]): Promise<Counts> {
  const counts: Counts = new Map();
  for (const ids of chunks(batchIds)) {
    const rows = await trx.selectFrom("consent_records").select(["at", "choices"]).where("batch", "in", ids).execute();
    for (const row of rows) {
      const day = row.at.slice(0, 10);
      for (const [purpose, granted] of Object.entries(JSON.parse(row.choices) as Record<string, boolean>)) {
        const key = `${day} ${purpose}`;
        const c = counts.get(key) ?? { day, purpose, granted: 0, refused: 0 };
        if (granted) c.granted++;
        else c.refused++;
        counts.set(key, c);
      }
    }
  }
  return counts;
}

/**
 * Seals the batches not sealed yet into one segment: its root over the batches' roots goes into the
 * audit log in the same transaction, so from then on changing, adding or removing a record of the
 * segment breaks the audit chain's verification. One audit entry per segment, not per record: the
 * chain's single head stays out of the path of every decision. Safe in several processes at once
 * (on PostgreSQL a batch being sealed is skipped by the others); returns undefined when nothing waits.
 */
export async function sealConsent(ctx: StoreClock, maxBatches = SEGMENT_BATCHES): Promise<SealedSegment | undefined> {
  return retryOnConflict(() =>
    ctx.store.db.transaction().execute(async (trx) => {
      const query = trx
        .selectFrom("consent_batches")
        .select(["id", "records", "root"])
        .where("segment", "is", null)
        .orderBy("id")
        .limit(maxBatches);
      const batches = (await ctx.store.dialect.forUpdateSkipLocked(query).execute()).map((b) => ({
        id: Number(b.id),
        records: Number(b.records),
        root: b.root,
      }));
      if (batches.length === 0) return undefined;
      const root = segmentRoot(batches);
      const records = batches.reduce((sum, b) => sum + b.records, 0);
      const at = ctx.now().toISOString();
      const { id } = await trx
        .insertInto("consent_segments")
        .values({ sealed_at: at, batches: batches.length, records, root, audit_seq: 0 })
        .returning("id")
        .executeTakeFirstOrThrow();
      const segment = Number(id);
      const ids = batches.map((b) => b.id);
      for (const part of chunks(ids))
        await trx.updateTable("consent_batches").set({ segment }).where("id", "in", part).execute();
      const counts = [...(await countChoices(trx, ids)).values()];
      for (const part of chunks(counts))
        await trx
          .insertInto("consent_daily")
          .values(part)
          .onConflict((oc) =>
            oc.columns(["day", "purpose"]).doUpdateSet((eb) => ({
              granted: eb("consent_daily.granted", "+", eb.ref("excluded.granted")),
              refused: eb("consent_daily.refused", "+", eb.ref("excluded.refused")),
            })),
          )
          .execute();
      // Last, so the audit chain's head is locked for the shortest time.
      const entry = await appendAuditIn(trx, ctx.store.dialect, {
        actor: "system",
        action: "consent.segment_sealed",
        subjectType: "consent_segment",
        subjectId: String(segment),
        data: { root, batches: batches.length, records, first_batch: ids[0], last_batch: ids.at(-1) },
        at: new Date(at),
      });
      await trx.updateTable("consent_segments").set({ audit_seq: entry.seq }).where("id", "=", segment).execute();
      return { id: segment, batches: batches.length, records, root, auditSeq: entry.seq };
    }),
  );
}

/** Seals until nothing waits; returns the segments sealed. */
export async function sealAll(ctx: StoreClock): Promise<SealedSegment[]> {
  const out: SealedSegment[] = [];
  for (;;) {
    const segment = await sealConsent(ctx);
    if (!segment) return out;
    out.push(segment);
  }
}

export interface Sealing {
  /** One pass now, or the one in progress. */
  runOnce(): Promise<SealedSegment[]>;
  stop(): Promise<void>;
}

/** How often a service seals what was recorded since: the longest a record stays outside the audit log. */
export const SEAL_EVERY_MS = 10_000;

/** Seals on a timer in a process that runs the service; passes never overlap. */
export function startSealing(
  ctx: StoreClock,
  options: { everyMs?: number; onError?: (error: unknown) => void } = {},
): Sealing {
  let running: Promise<SealedSegment[]> | undefined;
  const runOnce = () => {
    running ??= sealAll(ctx)
      .catch((error: unknown) => {
        options.onError?.(error);
        return [];
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void runOnce(), options.everyMs ?? SEAL_EVERY_MS);
  timer.unref();
  return {
    runOnce,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
