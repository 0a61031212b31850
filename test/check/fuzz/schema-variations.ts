import fc from "fast-check";
import { z } from "zod";
import { type AnySchema, childSchema, innerSchema, RegisterSchema } from "../../../src/register/index.js";
import { type Json, parentOf, pathsOf, type Step } from "./paths.js";

/**
 * Changes that keep a register valid against the schema, chosen with the schema's help, so the legal
 * rules (which only run on a valid register) meet odd but legal combinations: every enum value,
 * flipped booleans, dangling and special ids, missing optional parts, plain and half-translated texts.
 */

/** The schemas that may describe the value at `path` (a union offers several). */
export function schemasAt(path: readonly Step[], schema: AnySchema = RegisterSchema): AnySchema[] {
  if (path.length === 0) return [schema];
  const inner = innerSchema(schema);
  if (inner instanceof z.ZodUnion) return inner.options.flatMap((o) => schemasAt(path, o));
  const [step, ...rest] = path;
  const child = childSchema(inner, step!);
  return child ? schemasAt(rest, child) : [];
}

/** Values worth trying anywhere; only those the schema accepts at the place are used. */
const POOL: Json[] = [
  true,
  false,
  0,
  13,
  16,
  [],
  "customers",
  "subscribers",
  "newsletter",
  "analytics",
  "hosting",
  "email_delivery",
  "contract_data",
  "tax_records",
  "dunning",
  "identity.bsn",
  "special.health",
  "criminal.records",
  "financial.invoice",
  "contact.email",
  "marketing.newsletter",
  "legal.tax",
  "child",
  "no.such.id",
  "US",
  "IN",
  "GB",
  "NL",
  "7 years",
  "2 years",
  "2 months",
  "6 weeks",
  "30 days",
  "P28D",
  "Wij bewaren gegevens zo lang als nodig.",
  "1234 SS",
  "NL123456789B01",
  "1234",
  "plain text",
  { nl: "alleen Nederlands" },
  { nl: "Nederlands", en: "English" },
  { interest: "fraude voorkomen" },
  { from_subject: false },
  { safeguard: "none" },
  { kind: "contract" },
  { honour: false },
  { channel: "e-mail" },
  { kind: "email", address: "privacy@voorbeeld.example" },
  { ground: "legal_obligation" },
];

/** Every value the schemas at the path accept: their enum members and what of the pool fits. */
function candidates(schemas: AnySchema[]): Json[] {
  const out: Json[] = [];
  for (const schema of schemas) {
    const inner = innerSchema(schema);
    if (inner instanceof z.ZodEnum) out.push(...inner.options);
    if (inner instanceof z.ZodArray) {
      const element = innerSchema(inner.element);
      if (element instanceof z.ZodEnum) out.push(element.options.slice(0, 3), []);
    }
  }
  for (const value of POOL) if (schemas.some((s) => z.safeParse(s, value).success)) out.push(value);
  return out;
}

export interface Variation {
  /** Which existing path to change, modulo the number of paths. */
  pick: number;
  /** Which of the accepted values (or missing keys) to use, modulo their number. */
  choice: number;
  op: "set" | "add" | "drop";
}
const variation: fc.Arbitrary<Variation> = fc.record({
  pick: fc.nat(),
  choice: fc.nat(),
  op: fc.constantFrom("set" as const, "add" as const, "drop" as const),
});
export const variations = fc.array(variation, { minLength: 1, maxLength: 5 });

/** Applies the variations in place; a variation the schema would reject is skipped. */
export function vary(doc: Record<string, Json>, steps: readonly Variation[]): Record<string, Json> {
  for (const step of steps) {
    const all = pathsOf(doc).filter((p) => p.length > 0);
    const path = all[step.pick % all.length];
    if (!path) continue;
    const [parent, key] = parentOf(doc, path);
    if (step.op === "drop" && !Array.isArray(parent)) {
      const before = parent[key];
      delete parent[key];
      if (!RegisterSchema.safeParse(doc).success) parent[key] = before;
    } else if (step.op === "add" && parent[key] && typeof parent[key] === "object" && !Array.isArray(parent[key])) {
      // Give an object one of the optional keys it lacks.
      const shape = schemasAt(path).map((s) => {
        const inner = innerSchema(s);
        return inner instanceof z.ZodObject ? inner.shape : {};
      });
      const missing = shape.flatMap((s) => Object.keys(s)).filter((k) => !(k in (parent[key] as object)));
      const name = missing[step.choice % Math.max(missing.length, 1)];
      if (name === undefined) continue;
      const options = candidates(schemasAt([...path, name]));
      if (options.length > 0)
        (parent[key] as Record<string, Json>)[name] = structuredClone(options[step.choice % options.length]);
    } else {
      const options = candidates(schemasAt(path));
      if (options.length > 0) parent[key] = structuredClone(options[step.choice % options.length]);
    }
  }
  return doc;
}
