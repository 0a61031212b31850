import { readTimestamp } from "../connectors/index.js";
import { monthsOn } from "../deadlines/index.js";
import { approxDays, parseDuration } from "../register/index.js";
import type { CollectionDef } from "./graph.js";
import type { Row } from "./table.js";

export interface HeldBy {
  ground: string;
  law?: string;
  period: string;
  until?: string;
}

const DAY = 86_400_000;

function toTime(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  const iso = readTimestamp(value);
  if (iso === null) return undefined;
  const t = new Date(iso).getTime();
  return Number.isNaN(t) ? undefined : t;
}

/**
 * Whether a row must be kept under a retention hold (Art. 17(3)(b), (e)), and which. A hold with a
 * `since` column applies until that date plus the period; calendar months and years are counted as
 * such (7 years after 2019-03-31 is 2026-03-31). A hold whose date is missing is kept, to be safe.
 */
export function holdFor(collection: CollectionDef, row: Row, now: Date): HeldBy | undefined {
  for (const hold of collection.holds) {
    const base = { ground: hold.ground, law: hold.law, period: hold.period };
    if (!hold.since) return base;
    const start = toTime(row[hold.since]);
    if (start === undefined) return base;
    const end = addPeriod(new Date(start), hold.period);
    if (end.getTime() > now.getTime()) return { ...base, until: end.toISOString().slice(0, 10) };
  }
  return undefined;
}

export function addPeriod(start: Date, period: string): Date {
  const d = parseDuration(period);
  if (!d) return new Date(start.getTime());
  if (d.unit !== "year" && d.unit !== "month") return new Date(start.getTime() + approxDays(d) * DAY);
  const months = d.unit === "year" ? d.amount * 12 : d.amount;
  // The month rule of Reg. 1182/71, on the start's UTC day; the time of day stays as it was.
  const end = monthsOn(
    { year: start.getUTCFullYear(), month: start.getUTCMonth() + 1, day: start.getUTCDate() },
    months,
  );
  const out = new Date(start.getTime());
  out.setUTCFullYear(end.year, end.month - 1, end.day);
  return out;
}
