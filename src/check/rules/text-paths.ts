import { z } from "zod";
import { type AnySchema, innerSchema, type Path, type Text } from "../../register/index.js";

const textSchemas = new WeakMap<AnySchema, boolean>();

/**
 * The `Text` union (a string, or a map of nl and en) recognised by shape, since `.describe()` copies it.
 * A `Name` has the same shape with both languages required: one string is a whole name, not a gap.
 */
function isTextSchema(schema: AnySchema): schema is z.ZodUnion {
  if (!(schema instanceof z.ZodUnion)) return false;
  let known = textSchemas.get(schema);
  if (known === undefined) {
    const kinds = schema.options.map(innerSchema);
    const map = kinds.find((k) => k instanceof z.ZodObject);
    const keys = map instanceof z.ZodObject ? Object.keys(map.shape) : [];
    const optional = map instanceof z.ZodObject && map.shape.nl instanceof z.ZodOptional;
    known = kinds.some((k) => k instanceof z.ZodString) && keys.sort().join() === "en,nl" && optional;
    textSchemas.set(schema, known);
  }
  return known;
}

/** Every Text value in `value`, found by walking it alongside its schema, in document order. */
export function textValues(schema: AnySchema, value: unknown): [Path, Text][] {
  const out: [Path, Text][] = [];
  collect(schema, value, [], out);
  return out;
}

// A plain recursive walk rather than nested generators: it runs on every check, over every field.
function collect(schema: AnySchema, value: unknown, path: Path, out: [Path, Text][]): void {
  if (value === undefined || value === null) return;
  const inner = innerSchema(schema);
  if (isTextSchema(inner)) {
    out.push([path, value as Text]);
  } else if (typeof value !== "object") {
    return;
  } else if (inner instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(inner.shape)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) collect(child, v, [...path, key], out);
    }
  } else if (inner instanceof z.ZodRecord) {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      collect(inner.valueType, child, [...path, key], out);
    }
  } else if (inner instanceof z.ZodArray && Array.isArray(value)) {
    for (const [i, child] of value.entries()) collect(inner.element, child, [...path, i], out);
  } else if (inner instanceof z.ZodUnion) {
    // A union of shapes (e.g. restriction: column or side table): walk the option that accepts the value.
    const option = inner.options.find((o) => z.safeParse(o, value).success);
    if (option) collect(option, value, path, out);
  }
}
