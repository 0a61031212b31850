import { createHmac } from "node:crypto";
import type { ColumnInfo } from "../connectors/index.js";
import type { FieldDef } from "./graph.js";

/** Marks a value Waarborg wrote, so a second erasure recognises it and leaves it as it is. */
export const HASH_PREFIX = "wb1:";
export const DEFAULT_FIXED = "[verwijderd]";

export type Strategy = "null" | "fixed" | "hash" | "random" | "delete_row" | "keep";

/** Strategies that write a value into the column. */
export type WritingStrategy = Exclude<Strategy, "delete_row" | "keep">;

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
  strategy: WritingStrategy,
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
 * The strategy for a field: its own; else an irreversible one (Art. 17: erased, not pseudonymised).
 * NULL where the column allows it; where it does not, a random value for identity fields (they are
 * often unique) and the fixed value for other text. Without knowing the column (a plan made without
 * connecting) NULL is what it would be.
 */
export function strategyOf(field: FieldDef, column?: ColumnInfo): Strategy {
  if (field.masking) return field.masking;
  if (!column || column.nullable) return "null";
  return field.identity ? "random" : "fixed";
}

/** The longest value a strategy writes (hash: prefix and 40 hex, random: prefix, r and 24 hex). */
function writtenLength(strategy: WritingStrategy, field: FieldDef): number {
  if (strategy === "hash") return HASH_PREFIX.length + 40;
  if (strategy === "random") return HASH_PREFIX.length + 25;
  if (strategy === "fixed") return [...(field.fixed_value ?? DEFAULT_FIXED)].length;
  return 0;
}

const TEXT_TYPE = /char|text|clob|string|enum|set|json|^$/;

/**
 * Why masking a field with a strategy would fail on its column, or undefined when it fits: the
 * database would refuse NULL in a NOT NULL column, text in a number or date, or a value longer than
 * the declared length (SQLite stores it anyway, the other databases do not: the declaration counts).
 */
export function maskingMisfit(strategy: WritingStrategy, field: FieldDef, column: ColumnInfo): string | undefined {
  if (strategy === "null") return column.nullable ? undefined : "masking writes NULL, but the column is NOT NULL";
  const textual = TEXT_TYPE.test(column.type);
  if (!textual && strategy !== "fixed") return `masking ${strategy} writes text, but the column is ${column.type}`;
  // A fixed value of the column's own type (0, 1900-01-01) is the register's to give; the default is text.
  if (!textual && field.fixed_value === undefined)
    return `masking fixed writes ${DEFAULT_FIXED}, but the column is ${column.type}: give a fixed_value of that type`;
  if (column.maxLength !== undefined && writtenLength(strategy, field) > column.maxLength)
    return `masking ${strategy} writes ${writtenLength(strategy, field)} characters, but the column holds ${column.maxLength}`;
  return undefined;
}
