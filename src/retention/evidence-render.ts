import { toCsv } from "../documents/index.js";
import type { RetentionEvidence } from "./evidence.js";

export const EVIDENCE_FORMATS = ["json", "csv"] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

const CSV_HEADER = [
  "rule",
  "period",
  "action",
  "statement_nl",
  "statement_en",
  "run_id",
  "trigger",
  "status",
  "started_at",
  "finished_at",
  "rows_handled",
  "rows_held",
  "error",
  "audit_entries",
  "audit_first_seq",
  "audit_last_seq",
  "audit_batch_rows",
  "audit_run_ended",
  "audit_intact",
  "audit_head_seq",
  "audit_head_hash",
  "generated_at",
];

/**
 * The evidence as one CSV row per run (a rule without runs gets one row with the run columns empty),
 * each row carrying the rule's words and the audit log's head, so a spreadsheet filter on one rule
 * still shows what it promised and which log it rests on.
 */
export function renderEvidenceCsv(evidence: RetentionEvidence): string {
  const tail = [
    String(evidence.audit.intact),
    evidence.audit.head ? String(evidence.audit.head.seq) : "",
    evidence.audit.head?.hash ?? "",
    evidence.generatedAt,
  ];
  const rows = evidence.rules.flatMap((rule) => {
    const head = [rule.rule, rule.period, rule.action, rule.statement.nl, rule.statement.en];
    if (rule.runs.length === 0) return [[...head, ...Array<string>(13).fill(""), ...tail]];
    return rule.runs.map((run) => [
      ...head,
      run.id,
      run.trigger,
      run.status,
      run.startedAt,
      run.finishedAt ?? "",
      String(run.handled),
      String(run.held),
      run.error ?? "",
      String(run.audit.entries),
      run.audit.firstSeq === null ? "" : String(run.audit.firstSeq),
      run.audit.lastSeq === null ? "" : String(run.audit.lastSeq),
      String(run.audit.batchRows),
      String(run.audit.finished),
      ...tail,
    ]);
  });
  return toCsv([CSV_HEADER, ...rows]);
}

export function renderEvidence(evidence: RetentionEvidence, format: EvidenceFormat): string {
  return format === "csv" ? renderEvidenceCsv(evidence) : `${JSON.stringify(evidence, null, 2)}\n`;
}

/** The file name a download of the evidence gets: the moment it was taken, to the second. */
export function evidenceFileName(evidence: RetentionEvidence, format: EvidenceFormat): string {
  return `retention-evidence-${evidence.generatedAt.slice(0, 19).replaceAll(":", "")}.${format}`;
}
