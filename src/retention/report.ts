import type { Lang } from "../kernel/index.js";
import { formatPeriod } from "../register/index.js";
import type { RuleReport } from "./run.js";
import { RETENTION_WORDS } from "./words.js";

/** A run's report as text: per rule what was (or would be) removed, per collection, and why rows stayed. */
export function renderRunReport(reports: readonly RuleReport[], lang: Lang): string {
  const w = RETENTION_WORDS[lang];
  if (reports.length === 0) return `${w.none}\n`;
  const lines: string[] = [];
  for (const r of reports) {
    const verb = r.outcome === "dry_run" ? w.wouldAction[r.action] : w.action[r.action];
    lines.push(`${r.rule} (${formatPeriod(r.period, lang)}): ${w.outcome[r.outcome]}${r.error ? `: ${r.error}` : ""}`);
    for (const c of r.collections) {
      if (c.skipped) {
        lines.push(`  ${c.collection}: ${w.skipped}`);
        continue;
      }
      const parts = [`${verb} ${c.handled} ${w.rows}`];
      if (c.held > 0) parts.push(`${c.held} ${w.held}`);
      if (c.legalHold > 0) parts.push(`${c.legalHold} ${w.legalHold}`);
      if (c.alreadyDone > 0) parts.push(`${c.alreadyDone} ${w.alreadyDone}`);
      if (r.outcome !== "dry_run" && c.batches > 0) parts.push(`${w.longest} ${c.longestBatchMs.toFixed(0)} ms`);
      lines.push(`  ${c.collection}: ${parts.join("; ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
