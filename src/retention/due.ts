import { readTimestamp } from "../connectors/index.js";
import { addPeriod, type Row } from "../datasets/index.js";
import { approxDays, parseDuration } from "../register/index.js";
import type { SweepHold } from "./compile.js";

const DAY = 86_400_000;

/** A date column's value as milliseconds, whatever the driver returned (Date, ISO text, MySQL's form). */
export function toTime(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  const iso = readTimestamp(value);
  if (iso === null) return undefined;
  const t = new Date(iso).getTime();
  return Number.isNaN(t) ? undefined : t;
}

/**
 * The latest start that can be due at `now`, a little late on purpose: calendar months end on
 * different days (31 January plus a month is 28 February), so the query takes a few days more and
 * `isDue` decides each row exactly. Rows the margin lets in but are not due yet are passed over.
 */
export function candidateCutoff(now: Date, period: string): Date {
  const d = parseDuration(period);
  if (!d) throw new Error(`retention period "${period}" cannot be read`);
  const margin = d.unit === "month" || d.unit === "year" ? 4 * DAY : 0;
  return new Date(now.getTime() - approxDays(d) * DAY + margin + (d.unit === "year" ? 2 * DAY : 0));
}

/** Whether a row whose start event was at `start` is past its period at `now` (calendar months and years). */
export function isDue(start: number, period: string, now: Date): boolean {
  return addPeriod(new Date(start), period).getTime() <= now.getTime();
}

/**
 * `isDue` for one period at one moment, with the period read once: a sweep asks it of every row. A
 * period in days or weeks is a fixed length, so a row is due when it started on or before one instant.
 */
export function dueTest(period: string, now: Date): (start: number) => boolean {
  const d = parseDuration(period);
  if (!d || d.unit === "month" || d.unit === "year") return (start) => isDue(start, period, now);
  const latest = now.getTime() - approxDays(d) * DAY;
  return (start) => start <= latest;
}

/**
 * The hold that keeps a due row, if any. A hold counts its period from its own date column; a row
 * whose date is missing is kept, to be safe, as the request engine does.
 */
export function holdingRow(holds: readonly SweepHold[], row: Row, now: Date): SweepHold | undefined {
  for (const hold of holds) {
    if (!hold.period || !hold.since) return hold;
    const start = toTime(row[hold.since]);
    if (start === undefined) return hold;
    if (!isDue(start, hold.period, now)) return hold;
  }
  return undefined;
}
