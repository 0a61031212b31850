import { z } from "zod";

/** Any zod schema, as the register's schema holds them (a shape's values, a union's options). */
export type AnySchema = z.core.$ZodType;

// Wrappers that change whether a value may be absent or what it defaults to, not what it is.
const WRAPPERS = [
  z.ZodOptional,
  z.ZodNullable,
  z.ZodDefault,
  z.ZodPrefault,
  z.ZodNonOptional,
  z.ZodReadonly,
  z.ZodCatch,
] as const;

function isWrapper(schema: AnySchema): schema is InstanceType<(typeof WRAPPERS)[number]> {
  return WRAPPERS.some((wrapper) => schema instanceof wrapper);
}

/**
 * The schema that says what a value is, under the wrappers around it (optional, default, nullable;
 * a pipe's input side). Walks the register's schema by zod's public classes, so a zod upgrade that
 * moves its internals does not silently turn "did you mean" and the text checks off.
 */
export function innerSchema(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    if (isWrapper(current)) current = current.unwrap();
    else if (current instanceof z.ZodPipe) current = current.in;
    else return current;
  }
}

/** The schema of the value one step (an object key, a record key, an array index) inside `schema`. */
export function childSchema(schema: AnySchema, step: string | number): AnySchema | undefined {
  const inner = innerSchema(schema);
  if (inner instanceof z.ZodObject) return Object.hasOwn(inner.shape, step) ? inner.shape[step] : undefined;
  if (inner instanceof z.ZodRecord) return inner.valueType;
  if (inner instanceof z.ZodArray) return inner.element;
  return undefined;
}
