import { checkLiveDatasets } from "../datasets/index.js";
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
export function runRules(
  loaded: LoadedRegister,
  rules: readonly Rule[] = RULES,
  options: { now?: Date } = {},
): Diagnostic[] {
  const register = loaded.register;
  if (!register) return [];
  const ctx: RuleContext = { register, locate: loaded.locate, today: dayOf(options.now) };
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

/** `check --connect`: the datasets against the live databases, as a rule that needs them. */
export const datasetLiveSchema: Rule = {
  id: "dataset-live-schema",
  severity: "error",
  article: "GDPR Art. 15(1), Art. 17(1)",
  summary:
    "With --connect: every table and column the datasets name exists in the live database, and erasure's masking fits its column.",
  hint: "correct the name in the register, or set a masking (or fixed_value) the column accepts",
  run: () => [],
};

/** The day a check runs on; the caller's clock when it hands one in (tests do). */
function dayOf(now: Date | undefined): string {
  return (now ?? new Date()).toISOString().slice(0, 10);
}

async function liveDiagnostics(loaded: LoadedRegister, env: NodeJS.ProcessEnv): Promise<Diagnostic[]> {
  const register = loaded.register;
  if (!register) return [];
  const ctx: RuleContext = { register, locate: loaded.locate, today: dayOf(undefined) };
  const problems = await checkLiveDatasets(register, env);
  return problems.map((p) => toDiagnostic(datasetLiveSchema, { path: p.path, message: p.message }, ctx));
}

export async function checkRegister(
  entry: string,
  reader?: Reader,
  options: { connect?: NodeJS.ProcessEnv; now?: Date } = {},
): Promise<CheckResult> {
  const loaded = await loadRegister(entry, reader);
  const live = options.connect ? await liveDiagnostics(loaded, options.connect) : [];
  const ruleOptions = options.now ? { now: options.now } : {};
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...runRules(loaded, RULES, ruleOptions), ...live]);
  const exitCode = loaded.unreadable ? 2 : diagnostics.some((d) => d.severity === "error") ? 1 : 0;
  return { diagnostics, exitCode, loaded };
}
