import { toCsv } from "../documents/index.js";
import type { Lang } from "../kernel/index.js";
import { formatPeriod } from "../register/index.js";
import type { RetentionDeps } from "./deps.js";
import { runRetention } from "./run.js";
import { lastRuns } from "./runs.js";
import { RETENTION_WORDS } from "./words.js";

/** How often the service sweeps each rule unless WAARBORG_RETENTION_EVERY_HOURS says otherwise. */
export const DEFAULT_EVERY_HOURS = 24;

export function sweepIntervalMs(env: NodeJS.ProcessEnv): number {
  const text = env.WAARBORG_RETENTION_EVERY_HOURS;
  if (text === undefined || text === "") return DEFAULT_EVERY_HOURS * 3_600_000;
  const hours = Number(text);
  if (!Number.isFinite(hours) || hours <= 0)
    throw new Error("WAARBORG_RETENTION_EVERY_HOURS must be a positive number of hours");
  return hours * 3_600_000;
}

/** One rule's line in the status report and the evidence export. */
export interface RuleStatus {
  rule: string;
  period: string;
  action: string;
  lastRun: {
    id: string;
    startedAt: string;
    finishedAt: string | null;
    status: string;
    handled: number;
    held: number;
  } | null;
  /** When the schedule sweeps the rule next: now when it never ran or its interval has passed; null when it is not swept. */
  nextRun: string | null;
  /** Set when the sweep leaves the rule to the tenant lifecycle (`waarborg tenant status` shows its deletions). */
  enforcedBy?: "tenant_lifecycle";
  /** Rows past their period, not held, not yet handled: what a run now would take. */
  overdue: number;
  held: number;
  generatedAt: string;
}

/**
 * Per rule: the last run, the rows it handled, the next run and the rows overdue now. Overdue rows
 * are counted by a dry run, so the number is exactly what a sweep would take, holds and all.
 */
export async function retentionStatus(deps: RetentionDeps): Promise<RuleStatus[]> {
  const now = deps.now();
  const every = sweepIntervalMs(deps.env);
  const runs = await lastRuns(deps.store);
  const counted = await runRetention(deps, { dryRun: true });
  return counted.map((c): RuleStatus => {
    if (c.outcome === "tenant_lifecycle")
      return {
        rule: c.rule,
        period: c.period,
        action: c.action,
        lastRun: null,
        nextRun: null,
        enforcedBy: "tenant_lifecycle",
        overdue: 0,
        held: 0,
        generatedAt: now.toISOString(),
      };
    const last = runs.get(c.rule);
    const next = last ? new Date(Math.max(new Date(last.startedAt).getTime() + every, now.getTime())) : now;
    return {
      rule: c.rule,
      period: c.period,
      action: c.action,
      lastRun: last
        ? {
            id: last.id,
            startedAt: last.startedAt,
            finishedAt: last.finishedAt,
            status: last.status,
            handled: last.handled,
            held: last.held,
          }
        : null,
      nextRun: next.toISOString(),
      overdue: c.handled,
      held: c.held + c.legalHold,
      generatedAt: now.toISOString(),
    };
  });
}

export function renderStatusText(rows: readonly RuleStatus[], lang: Lang): string {
  const w = RETENTION_WORDS[lang].status;
  const table = [
    [w.rule, w.period, w.lastRun, w.result, w.handled, w.nextRun, w.overdue],
    ...rows.map((r) =>
      r.enforcedBy
        ? [r.rule, formatPeriod(r.period, lang), w.tenantLifecycle]
        : [
            r.rule,
            formatPeriod(r.period, lang),
            r.lastRun ? r.lastRun.startedAt.slice(0, 16).replace("T", " ") : w.never,
            r.lastRun?.status ?? "-",
            String(r.lastRun?.handled ?? 0),
            (r.nextRun ?? "-").slice(0, 16).replace("T", " "),
            String(r.overdue),
          ],
    ),
  ];
  // A rule left to the tenant lifecycle says so in one cell that runs past the columns it has no values for.
  const widths = table[0]!.map((_, i) =>
    Math.max(
      ...table.map((row) => (row.length < table[0]!.length && i === row.length - 1 ? 0 : (row[i] ?? "").length)),
    ),
  );
  return `${table
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n")}\n`;
}

/** The evidence export: one row per rule, with the moment it was taken, for an auditor. */
export function renderStatusCsv(rows: readonly RuleStatus[]): string {
  return toCsv([
    [
      "rule",
      "period",
      "action",
      "last_run_id",
      "last_run_started_at",
      "last_run_finished_at",
      "last_run_status",
      "rows_handled",
      "rows_held",
      "next_run",
      "rows_overdue",
      "generated_at",
      "enforced_by",
    ],
    ...rows.map((r) => [
      r.rule,
      r.period,
      r.action,
      r.lastRun?.id ?? "",
      r.lastRun?.startedAt ?? "",
      r.lastRun?.finishedAt ?? "",
      r.lastRun?.status ?? "",
      String(r.lastRun?.handled ?? 0),
      String(r.held),
      r.nextRun ?? "",
      String(r.overdue),
      r.generatedAt,
      r.enforcedBy ?? "",
    ]),
  ]);
}
