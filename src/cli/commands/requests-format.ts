import { blastRadiusMessage, type ErasureReport, type RequestPlan } from "../../datasets/index.js";
import type { RequestType } from "../../kernel/index.js";
import type { SystemPlan } from "../../systems/index.js";

/** The plan as a person reads it on a terminal. */
export function formatPlan(
  type: RequestType,
  identityTypes: string[],
  plan: RequestPlan,
  systems: readonly SystemPlan[] = [],
): string {
  const lines = [`Plan for a ${type} request, starting from: ${identityTypes.join(", ")}`, ""];
  for (const step of plan.steps) {
    const rows = step.rows === undefined ? "" : `, ${step.rows} row(s)`;
    lines.push(
      `${String(step.order).padStart(2)}. ${step.collection} (${step.table} on ${step.connection}), step ${step.level + 1}, found by ${step.matchedBy.join(", ")}${rows}`,
    );
    for (const q of step.queries) lines.push(`      ${q}`);
    for (const e of step.effects) lines.push(`      - ${e}`);
    for (const p of step.problems ?? []) lines.push(`      ! would fail: ${p}`);
    for (const n of step.notes) lines.push(`      note: ${n}`);
  }
  lines.push(
    "",
    plan.unreachable.length
      ? `Not reached from these identities: ${plan.unreachable.join(", ")}`
      : "Every collection is reached.",
  );
  if (systems.length) lines.push("", "Systems reached over their API, after the databases:");
  for (const s of systems) {
    lines.push(`  ${s.system}${s.skipped ? `: left out, ${s.skipped}` : ""}${s.only ? ` (${s.only})` : ""}`);
    for (const c of s.calls) lines.push(`      ${c}`);
  }
  for (const crossing of plan.crossings) lines.push("", `Warning: ${crossing}`);
  if (plan.refused) lines.push("", `Refused: ${blastRadiusMessage(plan.refused)}`);
  return `${lines.join("\n")}\n`;
}

/** What an erasure would do; a dry run changes nothing and leaves no request behind. */
export function formatDryRun(report: ErasureReport): string {
  const lines = ["Dry run: nothing was changed, and no request was recorded."];
  for (const c of report.collections) {
    const verb = c.action === "delete" ? "deleted" : "masked";
    lines.push(`  ${c.collection}: ${c.found} found, ${c.erased} ${verb}, ${c.kept} kept`);
    for (const g of c.grounds) {
      lines.push(
        `    kept: ${g.rows} row(s) under ${g.ground}${g.law ? ` (${g.law})` : ""}${g.period ? `, ${g.period}` : ""}${g.until ? `, until ${g.until}` : ""}; restricted`,
      );
    }
    for (const p of c.problems) lines.push(`    would fail: ${p}`);
  }
  const failing = report.collections.reduce((n, c) => n + c.problems.length, 0);
  if (failing > 0)
    lines.push(`The erasure would be refused before changing anything: ${failing} problem(s) above to fix first.`);
  return `${lines.join("\n")}\n`;
}
