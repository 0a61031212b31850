import type { Dialect } from "./connector.js";

/**
 * A moment (milliseconds since the epoch) in the form the dialect's timestamp column takes. MariaDB's
 * DATETIME refuses the ISO form with a T and a Z; its strings come back without a zone, and every
 * MySQL session Waarborg opens runs in UTC (see open.ts), so such a string is read as UTC.
 */
export function timestampValue(dialect: Dialect, ms: number): string {
  const iso = new Date(ms).toISOString();
  return dialect === "mysql" ? iso.replace("T", " ").replace("Z", "") : iso;
}

/** A timestamp as the driver returns it (Date on PostgreSQL, text elsewhere) -> ISO 8601 in UTC. */
export function readTimestamp(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2} /.test(text) ? new Date(`${text.replace(" ", "T")}Z`).toISOString() : text;
}
