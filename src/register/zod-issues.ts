import { z } from "zod";
import { type Diagnostic, didYouMean } from "../diagnostics/index.js";
import { type AnySchema, childSchema, innerSchema } from "./schema-walk.js";
import { RegisterSchema } from "./schema/register.js";
import { locate, type Path, type SourceFile } from "./source.js";

/** The object keys the schema allows at `path`, for "did you mean" on a misspelt key. */
export function keysAt(path: Path, root: AnySchema = RegisterSchema): string[] {
  const candidates = new Set<string>();
  const visit = (schema: AnySchema, rest: Path) => {
    const s = innerSchema(schema);
    if (s instanceof z.ZodUnion) {
      for (const option of s.options) visit(option, rest);
      return;
    }
    if (rest.length === 0) {
      if (s instanceof z.ZodObject) for (const key of Object.keys(s.shape)) candidates.add(key);
      // A map keyed by a fixed list (cookie_categories) allows exactly that list's values.
      if (s instanceof z.ZodRecord && s.keyType instanceof z.ZodEnum)
        for (const key of s.keyType.options) candidates.add(String(key));
      return;
    }
    const [step, ...tail] = rest;
    const child = childSchema(s, step!);
    if (child) visit(child, tail);
  };
  visit(root, path);
  return [...candidates].sort();
}

/**
 * In a flow map `{ nl: one, two, en: three }` YAML reads "two" as a key without a value: an unknown key
 * with a null value inside a per-language text is a comma that needed quotes, not a misspelt key.
 */
function isSplitText(allowed: readonly string[], value: unknown): boolean {
  return value === null && allowed.length === 2 && allowed.includes("nl") && allowed.includes("en");
}

function describeExpected(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const received = issue.input;
    if (received === undefined) return `is required (${issue.expected})`;
    return `should be ${issue.expected === "record" ? "a map of entries" : `a ${issue.expected}`}`;
  }
  return issue.message;
}

/** Turns schema validation issues into diagnostics that point at the YAML. */
export function issuesToDiagnostics(issues: readonly z.core.$ZodIssue[], files: readonly SourceFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path as (string | number)[];
    const where = path.length ? path.join(".") : "the register";
    if (issue.code === "unrecognized_keys") {
      const allowed = keysAt(path);
      const input = issue.input as Record<string, unknown> | undefined;
      for (const key of issue.keys) {
        const splitText = isSplitText(allowed, input?.[key]);
        out.push({
          ...locate(files, [...path, key], true),
          severity: "error",
          rule: "schema-unknown-key",
          message: splitText
            ? `Unknown key "${key}" in ${where}: a comma in an unquoted text inside { nl: ..., en: ... } ends that text.`
            : `Unknown key "${key}" in ${where}.${didYouMean(key, allowed)}`,
          hint: splitText
            ? 'put the text in quotes: { nl: "eerste deel, tweede deel", en: "first part, second part" }'
            : allowed.length
              ? `allowed keys: ${allowed.join(", ")}`
              : undefined,
        });
      }
      continue;
    }
    if (issue.code === "invalid_value") {
      const values = issue.values.map(String);
      const input = issue.input;
      const suggestion = typeof input === "string" ? didYouMean(input, values) : "";
      out.push({
        ...locate(files, path),
        severity: "error",
        rule: "schema-invalid-value",
        message: `${where} must be one of ${values.join(", ")}.${suggestion}`,
      });
      continue;
    }
    if (issue.code === "invalid_union") {
      // The union branches are alternatives (a string or a per-language map); report the plain reason.
      out.push({
        ...locate(files, path),
        severity: "error",
        rule: "schema-invalid",
        message: `${where} has the wrong shape: write text, or a map with nl and en.`,
      });
      continue;
    }
    const missing = issue.code === "invalid_type" && issue.input === undefined;
    out.push({
      ...locate(files, path, missing),
      severity: "error",
      rule: missing ? "schema-missing" : "schema-invalid",
      message: `${where} ${describeExpected(issue)}.`,
    });
  }
  return out;
}
