export type Severity = "error" | "warning" | "info";

/** One finding about a register, pointing at the place in the file it is about. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  rule: string;
  message: string;
  /** The legal source the rule rests on, e.g. "GDPR Art. 6(1)". */
  article?: string;
  hint?: string;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by file, position, severity, rule. Output must be byte-identical between runs. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      ORDER[a.severity] - ORDER[b.severity] ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}

/** `file:line:col severity rule-id message [article] hint: ...` */
export function formatDiagnostic(d: Diagnostic): string {
  let line = `${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule} ${d.message}`;
  if (d.article) line += ` [${d.article}]`;
  if (d.hint) line += `\n    hint: ${d.hint}`;
  return line;
}

export function summarize(list: Diagnostic[]): string {
  const count = (s: Severity) => list.filter((d) => d.severity === s).length;
  return `${count("error")} error(s), ${count("warning")} warning(s), ${count("info")} note(s)`;
}
