import { type Diagnostic, sortDiagnostics } from "../diagnostics/index.js";
import { type LoadedRegister, loadRegister, type Reader } from "../register/index.js";
import { type Rule, type RuleContext, toDiagnostic } from "./rule.js";
import { RULES } from "./rules/index.js";

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** 0 no errors, 1 errors, 2 a file could not be read or parsed. */
  exitCode: 0 | 1 | 2;
  loaded: LoadedRegister;
}

/** Runs every rule over a loaded register. A rule that throws is a bug in Waarborg, reported as such. */
export function runRules(loaded: LoadedRegister, rules: readonly Rule[] = RULES): Diagnostic[] {
  const register = loaded.register;
  if (!register) return [];
  const ctx: RuleContext = { register, locate: loaded.locate };
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    try {
      for (const finding of rule.run(ctx)) out.push(toDiagnostic(rule, finding, ctx));
    } catch (error) {
      out.push({
        ...loaded.locate([]),
        severity: "error",
        rule: "internal",
        message: `Rule ${rule.id} failed: ${(error as Error).message}. Please report this.`,
      });
    }
  }
  return out;
}

export async function checkRegister(entry: string, reader?: Reader): Promise<CheckResult> {
  const loaded = await loadRegister(entry, reader);
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...runRules(loaded)]);
  const exitCode = loaded.unreadable ? 2 : diagnostics.some((d) => d.severity === "error") ? 1 : 0;
  return { diagnostics, exitCode, loaded };
}
