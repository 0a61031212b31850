import type { z } from "zod";
import type { Path, Text } from "../../register/index.js";

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Optional, default, nullable and pipe wrap the schema that says what the value is. */
function unwrap(schema: z.ZodType): Def {
  let def = defOf(schema);
  for (let i = 0; i < 10; i++) {
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) break;
    def = defOf(inner);
  }
  return def;
}

const textSchemas = new WeakMap<Def, boolean>();

/** The `Text` union (a string, or a map of nl and en) recognised by shape, since `.describe()` copies it. */
function isTextSchema(def: Def): boolean {
  if (def.type !== "union" || !def.options) return false;
  let known = textSchemas.get(def);
  if (known === undefined) {
    const kinds = def.options.map(unwrap);
    const keys = Object.keys(kinds.find((k) => k.type === "object")?.shape ?? {});
    known = kinds.some((k) => k.type === "string") && keys.sort().join() === "en,nl";
    textSchemas.set(def, known);
  }
  return known;
}

/** Every Text value in `value`, found by walking it alongside its schema, in document order. */
export function textValues(schema: z.ZodType, value: unknown): [Path, Text][] {
  const out: [Path, Text][] = [];
  collect(schema, value, [], out);
  return out;
}

// A plain recursive walk rather than nested generators: it runs on every check, over every field.
function collect(schema: z.ZodType, value: unknown, path: Path, out: [Path, Text][]): void {
  if (value === undefined || value === null) return;
  const def = unwrap(schema);
  if (isTextSchema(def)) {
    out.push([path, value as Text]);
  } else if (typeof value !== "object") {
    return;
  } else if (def.type === "object" && def.shape) {
    for (const [key, child] of Object.entries(def.shape)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) collect(child, v, [...path, key], out);
    }
  } else if (def.type === "record" && def.valueType) {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      collect(def.valueType, child, [...path, key], out);
    }
  } else if (def.type === "array" && def.element && Array.isArray(value)) {
    for (const [i, child] of value.entries()) collect(def.element, child, [...path, i], out);
  } else if (def.type === "union" && def.options) {
    // A union of shapes (e.g. restriction: column or side table): walk the option that accepts the value.
    const option = def.options.find((o) => o.safeParse(value).success);
    if (option) collect(option, value, path, out);
  }
}
