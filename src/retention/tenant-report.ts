import type { Lang } from "../kernel/index.js";
import type { TenantPurgeReport } from "./tenant-purge.js";
import type { TenantCollectionProgress, TenantDeletion } from "./tenants.js";
import { TENANT_WORDS } from "./tenant-words.js";

type Words = (typeof TENANT_WORDS)[Lang];

function collectionLine(w: Words, collection: string, p: TenantCollectionProgress): string {
  if (p.skipped) return `  ${collection}: ${p.removed} ${w.removed}; ${w.skipped}`;
  const parts = [`${p.removed} ${w.removed}`];
  if (p.held > 0) parts.push(`${p.held} ${w.held}`);
  if (p.legalHold > 0) parts.push(`${p.legalHold} ${w.legalHold}`);
  if (p.kept) parts.push(`${p.kept} ${w.kept}`);
  return `  ${collection}: ${parts.join("; ")}`;
}

function backupLine(w: Words, d: { backupsGoneBy: string | null }, done: boolean): string {
  if (!d.backupsGoneBy) return `  ${w.backupsUnknown}`;
  return `  ${done ? w.backupsGone : w.backupsPlanned} ${d.backupsGoneBy}`;
}

/** Each tenant deletion as text: its dates, who asked, rows removed per collection and the backup date. */
export function renderTenantStatus(deletions: readonly TenantDeletion[], lang: Lang): string {
  const w = TENANT_WORDS[lang];
  if (deletions.length === 0) return `${w.none}\n`;
  const lines: string[] = [];
  for (const d of deletions) {
    lines.push(`${w.tenant} ${d.tenant}: ${w.status[d.status]} (${d.rule}, ${d.id})`);
    lines.push(`  ${w.requested} ${d.requestedAt} ${w.by} ${d.requestedBy}`);
    if (d.status === "cancelled") {
      lines.push(`  ${w.cancelledAt} ${d.cancelledAt ?? ""} ${w.by} ${d.cancelledBy ?? ""}`);
      continue;
    }
    lines.push(`  ${w.undoUntil} ${d.undoUntil}`);
    lines.push(d.purgedAt ? `  ${w.purgedAt} ${d.purgedAt}` : `  ${w.purgeAt} ${d.purgeAt}`);
    if (d.erasureRequest) lines.push(`  ${w.erasureRequest}`);
    for (const [collection, p] of Object.entries(d.progress)) lines.push(collectionLine(w, collection, p));
    lines.push(backupLine(w, d, d.status === "purged"));
    if (d.error && d.status !== "purged") lines.push(`  ${w.error}: ${d.error}`);
  }
  return `${lines.join("\n")}\n`;
}

/** A purge run's reports as text: per tenant what happened, per collection what was removed or kept. */
export function renderPurgeReport(reports: readonly TenantPurgeReport[], lang: Lang): string {
  const w = TENANT_WORDS[lang];
  if (reports.length === 0) return `${w.nothingDue}\n`;
  const lines: string[] = [];
  for (const r of reports) {
    const until = r.outcome === "waiting" ? ` (${w.purgeAt} ${r.purgeAt})` : "";
    lines.push(`${w.tenant} ${r.tenant}: ${w.outcome[r.outcome]}${until}${r.error ? `: ${r.error}` : ""}`);
    for (const c of r.collections) lines.push(collectionLine(w, c.collection, c));
    for (const name of r.uncovered) lines.push(`  ${name}: ${w.uncovered}`);
    if (r.outcome !== "waiting") lines.push(backupLine(w, r, r.outcome === "purged"));
  }
  return `${lines.join("\n")}\n`;
}
