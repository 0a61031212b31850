import type { z } from "zod";
import { type Diagnostic, didYouMean } from "../diagnostics/index.js";
import { RegisterSchema } from "./schema/register.js";
import { locate, type Path, type SourceFile } from "./source.js";

type AnySchema = z.ZodType;

/** Strips wrappers (optional, default, pipe) to reach the schema that has a shape. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = (current as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    const inner = (def.innerType ?? (def.type === "pipe" ? def.in : undefined)) as AnySchema | undefined;
    if (!inner) return current;
    current = inner;
  }
  return current;
}

/** The object keys the schema allows at `path`, for "did you mean" on a misspelt key. */
export function keysAt(path: Path, root: AnySchema = RegisterSchema): string[] {
  const candidates = new Set<string>();
  const visit = (schema: AnySchema, rest: Path) => {
    const s = unwrap(schema);
    const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === "union") {
      for (const option of def.options as AnySchema[]) visit(option, rest);
      return;
    }
    if (rest.length === 0) {
      if (def.type === "object") for (const key of Object.keys(def.shape as object)) candidates.add(key);
      return;
    }
    const [step, ...tail] = rest;
    if (def.type === "object") {
      const child = (def.shape as Record<string, AnySchema>)[String(step)];
      if (child) visit(child, tail);
    } else if (def.type === "record") visit(def.valueType as AnySchema, tail);
    else if (def.type === "array") visit(def.element as AnySchema, tail);
  };
  visit(root, path);
  return [...candidates].sort();
}

function describeExpected(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const received = (issue as { input?: unknown }).input;
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
      for (const key of issue.keys) {
        out.push({
          ...locate(files, [...path, key], true),
          severity: "error",
          rule: "schema-unknown-key",
          message: `Unknown key "${key}" in ${where}.${didYouMean(key, allowed)}`,
          hint: allowed.length ? `allowed keys: ${allowed.join(", ")}` : undefined,
        });
      }
      continue;
    }
    if (issue.code === "invalid_value") {
      const values = issue.values.map(String);
      const input = (issue as { input?: unknown }).input;
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
    const missing = issue.code === "invalid_type" && (issue as { input?: unknown }).input === undefined;
    out.push({
      ...locate(files, path, missing),
      severity: "error",
      rule: missing ? "schema-missing" : "schema-invalid",
      message: `${where} ${describeExpected(issue)}.`,
    });
  }
  return out;
}
