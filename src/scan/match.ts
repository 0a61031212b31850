import { type Diagnostic, sortDiagnostics } from "../diagnostics/index.js";
import type { LoadedRegister, Register } from "../register/index.js";
import type { ScanObservation } from "./observations.js";
import { SCAN_RULES, type ScanRule } from "./rules.js";

export interface ScanResult {
  observation: ScanObservation;
  diagnostics: Diagnostic[];
  /** 0 nothing found, 1 findings: a scan is evidence, so a warning counts as much as an error. */
  exitCode: 0 | 1;
}

/**
 * Sets what the scan saw against the register: each finding as a diagnostic at the place in the
 * register it is about, with the rule and the article, as `check` reports.
 */
export function matchRegister(
  loaded: LoadedRegister & { register: Register },
  observation: ScanObservation,
  countries: Readonly<Record<string, string>> = {},
  rules: readonly ScanRule[] = SCAN_RULES,
): ScanResult {
  const ctx = { register: loaded.register, observation, countries };
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    for (const finding of rule.run(ctx)) {
      diagnostics.push({
        ...loaded.locate(finding.path, finding.atKey),
        severity: rule.severity,
        rule: rule.id,
        message: finding.message,
        article: rule.article,
        hint: rule.hint,
      });
    }
  }
  const sorted = sortDiagnostics(diagnostics);
  return { observation, diagnostics: sorted, exitCode: sorted.length > 0 ? 1 : 0 };
}
