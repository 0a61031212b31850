import { compileRetention, type RetentionAction, type Sweep } from "./compile.js";
import type { RetentionDeps } from "./deps.js";
import { listLegalHolds, type LegalHold } from "./legal-holds.js";
import { type RuleReport, runRetention } from "./run.js";
import { allRuns, type RetentionRun } from "./runs.js";
import { sweepIntervalMs } from "./status.js";

/** Runs per rule the overview keeps for its history: about a season of daily sweeps at a glance. */
export const HISTORY_RUNS = 12;

/** One run in a rule's history, as the chart and its table show it. */
export interface RunPoint {
  id: string;
  startedAt: string;
  status: string;
  handled: number;
  held: number;
}

/** A rule's figures for the console. A count the product could not take is null, never a guess. */
export interface RuleOverview {
  rule: string;
  period: string;
  action: RetentionAction;
  lastRun: RunPoint | null;
  /** When the schedule sweeps the rule next; null when no schedule is set (nothing sweeps it by itself). */
  nextRun: string | null;
  /** Rows past their period that a run now would take. */
  overdue: number | null;
  /** Due rows kept under a hold of the register (a duty to keep, such as tax law). */
  keptByDuty: number | null;
  /** Due rows kept under a legal hold. */
  keptByLegalHold: number | null;
  /** Active legal holds that reach this rule's collections. */
  legalHolds: number;
  /** The latest runs, oldest first. */
  history: RunPoint[];
}

export interface RetentionOverview {
  generatedAt: string;
  /** Whether the overdue rows could be counted: false when a dataset could not be read. */
  counted: boolean;
  /** The schedule's interval in hours, or null when WAARBORG_RETENTION_EVERY_HOURS is not set. */
  everyHours: number | null;
  rules: RuleOverview[];
  /** Rules the sweep leaves to the tenant lifecycle (`waarborg tenant run`), with their periods. */
  tenantLifecycle: { rule: string; period: string }[];
  legalHolds: LegalHold[];
}

const point = (run: RetentionRun): RunPoint => ({
  id: run.id,
  startedAt: run.startedAt,
  status: run.status,
  handled: run.handled,
  held: run.held,
});

/** Whether a legal hold keeps rows of this sweep: a person anywhere, a tenant where a column names it. */
export function holdReaches(hold: LegalHold, sweep: Sweep): boolean {
  if (hold.scope === "person") return true;
  if (hold.scope === "tenant") return sweep.targets.some((t) => t.tenant !== undefined);
  return sweep.targets.some((t) => t.name === hold.target);
}

/** A dry run over every rule, or undefined when a dataset cannot be reached or read. */
async function countDue(deps: RetentionDeps): Promise<Map<string, RuleReport> | undefined> {
  try {
    const reports = await runRetention(deps, { dryRun: true });
    return new Map(reports.map((r) => [r.rule, r]));
  } catch {
    // The page says the rows could not be counted; the cause (a URL, a driver's words) stays out of it.
    return undefined;
  }
}

/**
 * Per rule what the console shows: the last run and the rows it handled, the next scheduled run, the
 * rows overdue now and those kept under holds (counted by a dry run, so exactly what a sweep would
 * take), the legal holds in force, and the latest runs for the chart.
 */
export async function retentionOverview(deps: RetentionDeps): Promise<RetentionOverview> {
  const now = deps.now();
  const scheduled = Boolean(deps.env.WAARBORG_RETENTION_EVERY_HOURS);
  const every = scheduled ? sweepIntervalMs(deps.env) : undefined;
  const compiled = compileRetention(deps.register);
  const sweeps = compiled.sweeps;
  const runs = await allRuns(deps.store);
  const legalHolds = await listLegalHolds(deps);
  const counted = sweeps.length > 0 ? await countDue(deps) : new Map<string, RuleReport>();
  const rules = sweeps.map((sweep): RuleOverview => {
    const mine = runs.filter((r) => r.rule === sweep.rule);
    const last = mine[0];
    const due = counted?.get(sweep.rule);
    const next =
      every === undefined
        ? null
        : new Date(last ? Math.max(new Date(last.startedAt).getTime() + every, now.getTime()) : now.getTime());
    return {
      rule: sweep.rule,
      period: sweep.period,
      action: sweep.action,
      lastRun: last ? point(last) : null,
      nextRun: next?.toISOString() ?? null,
      overdue: due ? due.handled : null,
      keptByDuty: due ? due.held : null,
      keptByLegalHold: due ? due.legalHold : null,
      legalHolds: legalHolds.filter((h) => holdReaches(h, sweep)).length,
      history: mine.slice(0, HISTORY_RUNS).reverse().map(point),
    };
  });
  return {
    generatedAt: now.toISOString(),
    counted: counted !== undefined,
    everyHours: every === undefined ? null : every / 3_600_000,
    rules,
    tenantLifecycle: compiled.lifecycle.map((l) => ({ rule: l.rule, period: l.period })),
    legalHolds,
  };
}
