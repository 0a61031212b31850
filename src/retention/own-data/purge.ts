import { appendAuditIn, retryOnConflict } from "../../audit/index.js";
import type { OwnDataKind, Register } from "../../register/index.js";
import type { Store } from "../../store/index.js";
import { expiredCodes } from "./codes.js";
import { deliveredMail } from "./mail.js";
import { expiredPackages } from "./packages.js";
import { latestDueStart, ownDataPeriods } from "./periods.js";
import type { OwnDataPurger } from "./purger.js";
import { unverifiedRequests } from "./requests.js";

/** Requests first: their codes and packages go with them, so the kinds after find less to do. */
const PURGERS: Record<OwnDataKind, OwnDataPurger> = {
  unverified_requests: unverifiedRequests,
  expired_codes: expiredCodes,
  delivered_mail: deliveredMail,
  expired_packages: expiredPackages,
};

/** Rows per batch: one short transaction each, so a request being filed never waits long behind the purge. */
export const OWN_DATA_BATCH_SIZE = 500;

export interface OwnDataDeps {
  store: Store;
  register: Register;
  now(): Date;
}

export interface OwnDataOptions {
  /** Count what is due and change nothing. */
  dryRun?: boolean;
  batchSize?: number;
  /** Told before a kind (its due count) and after each of its batches. */
  onProgress?: (progress: { kind: OwnDataKind; done: number; total: number }) => void;
}

export interface OwnDataReport {
  kind: OwnDataKind;
  period: string;
  /** Whether the register records the period (else the purge used its default). */
  recorded: boolean;
  /** Rows due when the kind was counted; in a dry run, what a run would remove. */
  due: number;
  /** Rows removed (0 in a dry run). */
  removed: number;
  /** Rows that went with the kind's own, by table (a request's events, code, packages). */
  with: Record<string, number>;
  batches: number;
}

/**
 * Purges Waarborg's own data past its periods: unverified requests, expired codes, delivered mail and
 * expired packages. Each batch is one transaction that removes rows and appends an audit entry with
 * the counts (never ids of people, never contents), so the log shows every removal and still verifies.
 * Idempotent: a second pass finds nothing due; a pass cut off half-way leaves whole batches behind.
 */
export async function purgeOwnData(deps: OwnDataDeps, options: OwnDataOptions = {}): Promise<OwnDataReport[]> {
  const limit = options.batchSize ?? OWN_DATA_BATCH_SIZE;
  const reports: OwnDataReport[] = [];
  for (const { kind, period, recorded } of ownDataPeriods(deps.register)) {
    const purger = PURGERS[kind];
    const cutoff = latestDueStart(deps.now(), period);
    const due = await purger.count(deps.store.db, cutoff);
    const report: OwnDataReport = { kind, period, recorded, due, removed: 0, with: {}, batches: 0 };
    reports.push(report);
    options.onProgress?.({ kind, done: 0, total: due });
    if (options.dryRun || due === 0) continue;
    for (;;) {
      const counts = await retryOnConflict(() =>
        deps.store.db.transaction().execute(async (trx) => {
          const batch = await purger.batch(trx, deps.store.dialect, cutoff, limit);
          if (batch.rows === 0) return batch;
          await appendAuditIn(trx, deps.store.dialect, {
            actor: "system",
            action: "retention.own_data_purged",
            subjectType: "own_data",
            subjectId: kind,
            data: { kind, period, default_period: !recorded, rows: batch.rows, ...batch.with },
            at: deps.now(),
          });
          return batch;
        }),
      );
      if (counts.rows === 0) break;
      report.batches += 1;
      report.removed += counts.rows;
      for (const [table, n] of Object.entries(counts.with ?? {})) report.with[table] = (report.with[table] ?? 0) + n;
      options.onProgress?.({ kind, done: Math.min(report.removed, due), total: due });
      // A short batch was the last: the next select would only find rows that became due since.
      if (counts.rows < limit) break;
    }
  }
  return reports;
}
