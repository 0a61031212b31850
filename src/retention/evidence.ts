import { type ChainHead, verifyStoredAudit } from "../audit/index.js";
import { LANGUAGES } from "../kernel/index.js";
import { retentionRuleText } from "../statement/index.js";
import type { Store } from "../store/index.js";
import { compileRetention } from "./compile.js";
import type { RetentionDeps } from "./deps.js";

/** What the audit log holds about one run: its entries, and the rows its batch entries add up to. */
export interface RunAuditTrail {
  /** Entries whose subject is the run: its start, every batch, its end. */
  entries: number;
  firstSeq: number | null;
  lastSeq: number | null;
  /** The rows the run's batch entries say were handled, summed. */
  batchRows: number;
  /** Whether the log has the run's end ("retention.run_finished" or "retention.run_failed"). */
  finished: boolean;
}

/** One run as the evidence shows it: the run record's times and counts beside the audit log's. */
export interface RunEvidence {
  id: string;
  trigger: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  handled: number;
  held: number;
  error: string | null;
  /** Per collection, the counts the run recorded. */
  collections: Record<string, unknown>;
  audit: RunAuditTrail;
}

export interface RuleEvidence {
  rule: string;
  period: string;
  action: string;
  /** The rule's words as each language's privacy statement prints them. */
  statement: Record<(typeof LANGUAGES)[number], string>;
  /** Oldest first. */
  runs: RunEvidence[];
}

/** The evidence for an audit: per rule its promise and its runs, and the audit log's state when taken. */
export interface RetentionEvidence {
  generatedAt: string;
  audit: { intact: boolean; entries: number; head: ChainHead | null };
  rules: RuleEvidence[];
}

const ENDS = new Set(["retention.run_finished", "retention.run_failed"]);

/** The audit entries about retention runs, folded per run id. */
async function auditTrails(store: Store): Promise<Map<string, RunAuditTrail>> {
  const rows = await store.db
    .selectFrom("audit_log")
    .select(["seq", "action", "subject_id", "data"])
    .where("subject_type", "=", "retention_run")
    .orderBy("seq")
    .execute();
  const out = new Map<string, RunAuditTrail>();
  for (const row of rows) {
    if (!row.subject_id) continue;
    const seq = Number(row.seq);
    const trail = out.get(row.subject_id) ?? { entries: 0, firstSeq: seq, lastSeq: seq, batchRows: 0, finished: false };
    trail.entries++;
    trail.lastSeq = seq;
    if (row.action === "retention.batch") {
      const data = JSON.parse(row.data) as { rows?: unknown };
      trail.batchRows += typeof data.rows === "number" ? data.rows : 0;
    }
    if (ENDS.has(row.action)) trail.finished = true;
    out.set(row.subject_id, trail);
  }
  return out;
}

const noTrail = (): RunAuditTrail => ({ entries: 0, firstSeq: null, lastSeq: null, batchRows: 0, finished: false });

/**
 * Gathers the evidence: every rule that compiles to a sweep with its words from the statement, every
 * recorded run of it with the audit entries that back it, and the audit log checked whole, with its
 * head. An auditor compares that head with `waarborg audit verify` (or a signed checkpoint) and each
 * run's counts with the batch entries in `waarborg audit export`.
 */
export async function retentionEvidence(deps: RetentionDeps): Promise<RetentionEvidence> {
  const generatedAt = deps.now().toISOString();
  const sweeps = compileRetention(deps.register).sweeps;
  const records = await deps.store.db.selectFrom("retention_runs").selectAll().orderBy("started_at").execute();
  const trails = await auditTrails(deps.store);
  const verified = await verifyStoredAudit(deps.store);
  const rules = sweeps.map((sweep): RuleEvidence => ({
    rule: sweep.rule,
    period: sweep.period,
    action: sweep.action,
    statement: Object.fromEntries(
      LANGUAGES.map((lang) => [lang, retentionRuleText(deps.register, sweep.rule, lang)]),
    ) as RuleEvidence["statement"],
    runs: records
      .filter((r) => r.rule === sweep.rule)
      .map((r) => ({
        id: r.id,
        trigger: r.trigger,
        status: r.status,
        startedAt: r.started_at,
        finishedAt: r.finished_at,
        handled: Number(r.handled),
        held: Number(r.held),
        error: r.error,
        collections: JSON.parse(r.details) as Record<string, unknown>,
        audit: trails.get(r.id) ?? noTrail(),
      })),
  }));
  return {
    generatedAt,
    audit: { intact: verified.ok, entries: verified.checked, head: verified.head ?? null },
    rules,
  };
}
