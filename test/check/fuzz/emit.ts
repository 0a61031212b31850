import type { Json } from "./paths.js";

/**
 * Writes a JSON value as block-style YAML, like a hand-written register. Much faster than the yaml
 * package's stringify, which matters when thousands of registers are written. Strings are always
 * double-quoted (JSON escapes are valid YAML), so any text survives the round trip.
 */
export function toBlockYaml(value: Json): string {
  return isFilled(value) ? `${block(value, "")}\n` : `${inline(value)}\n`;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$.-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n)$/i;

const isFilled = (v: Json): v is Record<string, Json> | Json[] =>
  typeof v === "object" && v !== null && Object.keys(v).length > 0;

function key(k: string): string {
  return PLAIN_KEY.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k);
}

function inline(v: Json): string {
  if (Array.isArray(v)) return "[]";
  if (typeof v === "object" && v !== null) return "{}";
  if (typeof v === "string") return JSON.stringify(v);
  return v === null || v === undefined ? "null" : String(v);
}

function block(value: Record<string, Json> | Json[], indent: string): string {
  const lines = Array.isArray(value)
    ? value.map((v) => (isFilled(v) ? `${indent}-\n${block(v, `${indent}  `)}` : `${indent}- ${inline(v)}`))
    : Object.entries(value).map(([k, v]) =>
        isFilled(v) ? `${indent}${key(k)}:\n${block(v, `${indent}  `)}` : `${indent}${key(k)}: ${inline(v)}`,
      );
  return lines.join("\n");
}
