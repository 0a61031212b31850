import type { DatabaseDialect } from "./dialect.js";

/** A timestamp as the driver returns it (Date on PostgreSQL, text elsewhere) -> ISO 8601 in UTC. */
export function readTimestamp(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2} /.test(text) ? new Date(`${text.replace(" ", "T")}Z`).toISOString() : text;
}

/**
 * A DATE value -> YYYY-MM-DD. A calendar date has no time zone: a driver that still hands one over
 * as a Date made it local midnight, so its local fields are the day; text is the day as written.
 */
export function readCalendarDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const pad = (n: number, width = 2) => String(n).padStart(width, "0");
    return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : text;
}

/** Shorthand for `dialect.timestamp(ms)`, the form most call sites read best in. */
export function timestampValue(dialect: DatabaseDialect, ms: number): string {
  return dialect.timestamp(ms);
}
