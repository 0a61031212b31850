import { readTimestamp } from "../connectors/index.js";
import { monthsOn } from "../deadlines/index.js";
import { approxDays, parseDuration } from "../register/index.js";
import type { CollectionDef, DatasetGraph } from "./graph.js";
import { keyOf, type Row } from "./table.js";
import type { WalkResult } from "./walk.js";

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

/** The hold on the row a reference field points at: kept, not kept, or not found among the rows read. */
export type ParentHold = (field: string, value: unknown) => HeldBy | undefined | "missing";

/**
 * Whether a row must be kept under a retention hold (Art. 17(3)(b), (e)), and which. A hold with a
 * `since` column applies until that date plus the period; calendar months and years are counted as
 * such (7 years after 2019-03-31 is 2026-03-31). A hold that `follows` a reference field lasts as
 * long as the row it points at is kept (an invoice line as long as its invoice). A hold whose date
 * is missing, or whose row it follows was not found, is kept, to be safe.
 */
export function holdFor(collection: CollectionDef, row: Row, now: Date, parent?: ParentHold): HeldBy | undefined {
  for (const hold of collection.holds) {
    const base = { ground: hold.ground, law: hold.law, period: hold.period ?? "" };
    if (hold.follows !== undefined) {
      const value = row[hold.follows];
      if (value === null || value === undefined) continue;
      const held = parent ? parent(hold.follows, value) : "missing";
      if (held === "missing") return base;
      if (held) return { ...base, law: hold.law ?? held.law, period: held.period, until: held.until };
      continue;
    }
    if (!hold.since || hold.period === undefined) return base;
    const start = toTime(row[hold.since]);
    if (start === undefined) return base;
    const end = addPeriod(new Date(start), hold.period);
    if (end.getTime() > now.getTime()) return { ...base, until: end.toISOString().slice(0, 10) };
  }
  return undefined;
}

/**
 * The holds on every row a walk found, per collection and key. Rows whose hold follows another row
 * look that row up among the rows found (the walk reaches an invoice's lines from the invoice).
 */
export function heldRows(graph: DatasetGraph, found: WalkResult, now: Date): Map<string, Map<string, HeldBy>> {
  const memo = new Map<string, HeldBy | null>();
  const visiting = new Set<string>();
  const holdOf = (name: string, key: string, row: Row): HeldBy | undefined => {
    const id = `${name}\u0000${key}`;
    const known = memo.get(id);
    if (known !== undefined) return known ?? undefined;
    // A circle of follows cannot decide itself: keep the row, to be safe.
    if (visiting.has(id)) return { ground: "legal_obligation", period: "" };
    visiting.add(id);
    const collection = graph.collections.get(name)!;
    const parent: ParentHold = (field, value) => {
      const ref = collection.references.find((r) => r.field === field);
      if (!ref) return "missing";
      const [parentName, parentField] = ref.to.split(".") as [string, string];
      const rows = found.rows.get(parentName);
      const parentCollection = graph.collections.get(parentName);
      if (!rows || !parentCollection) return "missing";
      const wanted = keyOf(value);
      const match =
        parentField === parentCollection.primary_key
          ? rows.has(wanted)
            ? ([wanted, rows.get(wanted)!] as const)
            : undefined
          : [...rows].find(([, r]) => r[parentField] !== null && keyOf(r[parentField]) === wanted);
      if (!match) return "missing";
      return holdOf(parentName, match[0], match[1]);
    };
    const held = holdFor(collection, row, now, parent);
    visiting.delete(id);
    memo.set(id, held ?? null);
    return held;
  };
  const out = new Map<string, Map<string, HeldBy>>();
  for (const [name, rows] of found.rows) {
    const held = new Map<string, HeldBy>();
    for (const [key, row] of rows) {
      const hold = holdOf(name, key, row);
      if (hold) held.set(key, hold);
    }
    out.set(name, held);
  }
  return out;
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
