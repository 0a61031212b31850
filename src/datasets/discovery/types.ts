/** Broad classes of column types, the same across dialects; they decide what a column can hold. */
export type TypeClass =
  "text" | "date" | "timestamp" | "integer" | "decimal" | "boolean" | "binary" | "network" | "any";

/**
 * Classifies a type name as PostgreSQL (varchar, int4, timestamptz, inet), MySQL (varchar, int,
 * datetime) or SQLite (any declared type, matched by its affinity rules) report it.
 */
export function typeClass(type: string): TypeClass {
  const t = type.toLowerCase();
  // SQLite allows a column without a declared type: it can hold anything.
  if (t.trim() === "") return "any";
  if (/^(inet|cidr|macaddr8?)$/.test(t)) return "network";
  if (/bool/.test(t)) return "boolean";
  if (/^date$/.test(t)) return "date";
  if (/time|^year$/.test(t)) return "timestamp";
  if (/int|serial/.test(t)) return "integer";
  if (/dec|num|real|floa|doub|money/.test(t)) return "decimal";
  if (/blob|bytea|binary/.test(t)) return "binary";
  return "text";
}

/** Columns worth sampling: values that can be read as text and checked. */
export function sampleable(type: string): boolean {
  const c = typeClass(type);
  return c === "text" || c === "date" || c === "integer" || c === "network" || c === "any";
}
