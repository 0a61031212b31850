import type { Rule } from "../rule.js";

/**
 * The rules as a plain-text table for `waarborg check --rules`: one line per rule, so it can be
 * grepped, with the id and severity in aligned columns and the article at the end.
 */
export function formatRuleList(rules: readonly Rule[]): string {
  const idWidth = Math.max(0, ...rules.map((r) => r.id.length));
  const severityWidth = Math.max(0, ...rules.map((r) => r.severity.length));
  return rules
    .map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(severityWidth)}  ${r.summary} [${r.article}]\n`)
    .join("");
}
