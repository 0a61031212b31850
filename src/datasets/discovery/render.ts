import type { Discovery, TableFinding } from "./discover.js";
import type { DriftItem } from "./drift.js";
import type { Proposal } from "./propose.js";

export interface Report {
  discovery: Discovery;
  proposal: Proposal;
  /** Present when a register was compared. */
  drift?: DriftItem[];
  /** Where the proposal was written; without it the text report ends with the YAML itself. */
  proposalFile?: string;
}

/**
 * The report for a person at a terminal: one table per database table, the drift, the proposal.
 * Built only from names, categories, counts and shares: sampled values never reach it.
 */
export function renderText(report: Report): string {
  const out: string[] = [];
  const { discovery } = report;
  const where = discovery.schema ? ` (${discovery.dialect}, ${discovery.schema})` : ` (${discovery.dialect})`;
  const personal = discovery.tables.filter((t) => t.personal).length;
  out.push(`Discovered ${discovery.tables.length} tables${where}; ${personal} hold personal data.`, "");
  for (const table of discovery.tables) out.push(...tableBlock(table), "");

  if (report.drift) {
    out.push(
      report.drift.length === 0
        ? "No drift: the register declares every personal column found."
        : `Drift (${report.drift.length}):`,
    );
    for (const item of report.drift) {
      out.push(`  ${item.kind.padEnd(18)} ${item.message}${item.confidence === "low" ? " (low confidence)" : ""}`);
    }
    out.push("");
  }
  if (report.proposal.notes.length > 0) {
    out.push("To settle by hand:");
    for (const note of report.proposal.notes) out.push(`  ${note}`);
    out.push("");
  }
  if (report.proposalFile) out.push(`Proposed datasets written to ${report.proposalFile}`);
  else out.push("Proposed datasets:", "", report.proposal.yaml.trimEnd());
  return `${out.join("\n")}\n`;
}

function tableBlock(table: TableFinding): string[] {
  const header = `${table.name}${table.kind ? ` (${table.kind} table)` : ""}`;
  const rows = table.columns.map((c) => [
    c.name,
    c.guess.category ?? "-",
    c.guess.confidence ?? "-",
    c.guess.evidence.length > 0
      ? c.guess.evidence.join("; ")
      : c.references
        ? `references ${c.references.table}.${c.references.column}`
        : "",
  ]);
  const head = ["column", "guess", "confidence", "evidence"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    `  ${cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] as number)))
      .join("  ")
      .trimEnd()}`;
  return [header, line(head), ...rows.map(line)];
}

/** The same report for machines; stable key order, so equal databases give byte-identical output. */
export function renderJson(report: Report): string {
  const body = {
    dialect: report.discovery.dialect,
    ...(report.discovery.schema ? { schema: report.discovery.schema } : {}),
    tables: report.discovery.tables,
    ...(report.drift ? { drift: report.drift } : {}),
    proposal: {
      ...(report.proposalFile ? { file: report.proposalFile } : {}),
      notes: report.proposal.notes,
      datasets: report.proposal.datasets,
      yaml: report.proposal.yaml,
    },
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
