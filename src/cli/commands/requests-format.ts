import { blastRadiusMessage, type ErasureReport, type RequestPlan } from "../../datasets/index.js";
import type { RequestType } from "../../kernel/index.js";
import type { RequestReach } from "../../requests/index.js";
import type { SystemPlan } from "../../systems/index.js";

/** The systems beside the databases, as planRequest gives them; a part left out is none. */
type Reach = Partial<Pick<RequestReach, "systems" | "tasks" | "skippedTasks">>;

/** Who the plan is for: the company's own request, or one a tenant filed. */
function heading(type: RequestType, identityTypes: string[], tenant: string | undefined): string {
  const article = /^[aeiou]/.test(type) ? "an" : "a";
  const filed = tenant === undefined ? "" : ` filed by tenant ${tenant}`;
  return `Plan for ${article} ${type} request${filed}, starting from: ${identityTypes.join(", ")}`;
}

/** A tenant's request the run would refuse before anything: only the reason, nothing else would happen. */
export function formatRefusedPlan(
  type: RequestType,
  identityTypes: string[],
  tenant: string | undefined,
  reason: string,
): string {
  return `${heading(type, identityTypes, tenant)}\n\nRefused: ${reason}\n`;
}

/** The plan as a person reads it on a terminal. */
export function formatPlan(
  type: RequestType,
  identityTypes: string[],
  plan: RequestPlan,
  reach: Reach = {},
  tenant?: string,
): string {
  const lines = [heading(type, identityTypes, tenant), ""];
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
  if (plan.referred.length)
    lines.push(`Left to the tenants they are processed for, the person referred to them: ${plan.referred.join(", ")}`);
  if (plan.companyOwn.length)
    lines.push(
      `Left out as the company's own data, which a tenant's request does not reach: ${plan.companyOwn.join(", ")}`,
    );
  const systems = reach.systems ?? [];
  if (systems.length) lines.push("", "Systems reached over their API, after the databases:", ...systemLines(systems));
  lines.push(...taskLines(reach));
  for (const crossing of plan.crossings) lines.push("", `Warning: ${crossing}`);
  if (plan.refused) lines.push("", `Refused: ${blastRadiusMessage(plan.refused)}`);
  return `${lines.join("\n")}\n`;
}

function systemLines(systems: readonly SystemPlan[]): string[] {
  return systems.flatMap((s) => [
    `  ${s.system}${s.skipped ? `: left out, ${s.skipped}` : ""}${s.only ? ` (${s.only})` : ""}`,
    ...s.calls.map((c) => `      ${c}`),
  ]);
}

/** The manual and webhook systems: a task for each reached, and those a tenant's request leaves out. */
function taskLines({ tasks = [], skippedTasks = [] }: Reach): string[] {
  if (!tasks.length && !skippedTasks.length) return [];
  return [
    "",
    "Systems that answer later, each given a task:",
    ...tasks.map((t) => `  ${t.system}: ${t.owner ? `a task for ${t.owner}` : "a task sent by webhook"}`),
    ...skippedTasks.map((s) => `  ${s.system}: left out, ${s.reason}`),
  ];
}

/**
 * The plan of an objection or a withdrawal: no database operation, so only the systems' calls and
 * which of these requests each is made for.
 */
export function formatSystemsPlan(
  type: "objection" | "withdrawal",
  identityTypes: string[],
  reach: Reach,
  tenant?: string,
): string {
  const lines = [
    heading(type, identityTypes, tenant),
    "",
    "The register's databases are not changed: it names no dataset operation for this type.",
    "",
    reach.systems?.length ? "Systems reached over their API:" : "No system is reached over an API.",
    ...systemLines(reach.systems ?? []),
    ...taskLines(reach),
  ];
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
