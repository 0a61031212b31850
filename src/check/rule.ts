import type { Diagnostic, Severity } from "../diagnostics/index.js";
import type { Path, Register } from "../register/index.js";

/** What a rule sees: the validated register and a way to point at a place in its files. */
export interface RuleContext {
  register: Register;
  /** The check's day (YYYY-MM-DD, UTC): rules about dates (a review overdue) compare with this, never the clock. */
  today: string;
  locate(path: Path, atKey?: boolean): { file: string; line: number; col: number };
}

export interface Finding {
  /** Where in the register the finding is about; the position is looked up from this path. */
  path: Path;
  message: string;
  hint?: string;
  /** Point at the key rather than its value (e.g. the activity's name, not its body). */
  atKey?: boolean;
  /** Override the rule's default severity for this one finding. */
  severity?: Severity;
}

/**
 * A legal check. Each rule is one idea with the article it rests on, so a finding can always say
 * why it matters and what to do about it.
 */
export interface Rule {
  id: string;
  severity: Severity;
  article: string;
  /** One line on what the rule checks; printed by `waarborg check --rules` and in the docs. */
  summary: string;
  hint?: string;
  run(ctx: RuleContext): Iterable<Finding>;
}

export function toDiagnostic(rule: Rule, finding: Finding, ctx: RuleContext): Diagnostic {
  return {
    ...ctx.locate(finding.path, finding.atKey),
    severity: finding.severity ?? rule.severity,
    rule: rule.id,
    message: finding.message,
    article: rule.article,
    hint: finding.hint ?? rule.hint,
  };
}
