import { createHmac } from "node:crypto";
import type { FieldDef } from "./graph.js";

/** Marks a value Waarborg wrote, so a second erasure recognises it and leaves it as it is. */
export const HASH_PREFIX = "wb1:";
export const DEFAULT_FIXED = "[verwijderd]";

export type Strategy = "null" | "fixed" | "hash" | "random" | "delete_row";

/**
 * The secret for keyed hashes comes from the environment, never from the register: with it, an
 * erased e-mail can still be recognised (to keep a suppression list) but not read back.
 */
export function maskingKey(env: NodeJS.ProcessEnv = process.env): string {
  const key = env.WAARBORG_MASKING_KEY;
  if (!key || key.length < 16) {
    throw new Error("WAARBORG_MASKING_KEY must be set (at least 16 characters) for hash and random masking");
  }
  return key;
}

/**
 * The masked value of one field of one row. Every strategy is idempotent: masking a masked value gives
 * the same value, so an erasure can run twice (or resume after a crash) and leave the same state.
 * `random` is deterministic per row and field (keyed on the primary key), for the same reason.
 */
export function maskValue(
  strategy: Exclude<Strategy, "delete_row">,
  field: FieldDef,
  value: unknown,
  rowKey: string,
  fieldName: string,
  key: () => string,
): unknown {
  if (value === null || value === undefined) return null;
  switch (strategy) {
    case "null":
      return null;
    case "fixed":
      return field.fixed_value ?? DEFAULT_FIXED;
    case "hash": {
      const text = String(value);
      if (text.startsWith(HASH_PREFIX)) return text;
      return HASH_PREFIX + createHmac("sha256", key()).update(text).digest("hex").slice(0, 40);
    }
    case "random": {
      const text = String(value);
      if (text.startsWith(HASH_PREFIX)) return text;
      return `${HASH_PREFIX}r${createHmac("sha256", key()).update(`${fieldName}\u0000${rowKey}`).digest("hex").slice(0, 24)}`;
    }
  }
}

/**
 * The strategy for a field: its own; else a keyed hash for identity fields (they are often unique
 * and not nullable, and a hash still lets a returning person be recognised); else null.
 */
export function strategyOf(field: FieldDef): Strategy {
  return field.masking ?? (field.identity ? "hash" : "null");
}
