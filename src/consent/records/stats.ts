import type { Store } from "../../store/index.js";

/** One day of one purpose: how many sealed decisions granted it and how many did not. */
export interface DailyAcceptance {
  day: string;
  granted: number;
  refused: number;
  /** granted / (granted + refused). */
  rate: number;
}

/** Acceptance per purpose per day over the last `days` days with decisions, from the sealed records. */
export async function acceptanceByDay(store: Store, days = 30): Promise<Record<string, DailyAcceptance[]>> {
  const recent = await store.db
    .selectFrom("consent_daily")
    .select("day")
    .distinct()
    .orderBy("day", "desc")
    .limit(days)
    .execute();
  const first = recent.at(-1)?.day;
  if (first === undefined) return {};
  const rows = await store.db
    .selectFrom("consent_daily")
    .selectAll()
    .where("day", ">=", first)
    .orderBy("day")
    .execute();
  const out: Record<string, DailyAcceptance[]> = {};
  for (const row of rows) {
    const granted = Number(row.granted);
    const refused = Number(row.refused);
    (out[row.purpose] ??= []).push({ day: row.day, granted, refused, rate: granted / Math.max(1, granted + refused) });
  }
  return out;
}
