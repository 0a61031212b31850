import { monthsOn } from "../../deadlines/index.js";
import { approxDays, OWN_DATA_KINDS, type OwnDataKind, parseDuration, type Register } from "../../register/index.js";

/**
 * The period a kind is purged after when the register records none. Longer than any register is
 * likely to choose, so leaving a kind out never deletes sooner than its owner meant; the statement
 * says nothing about a default (it only states what the register records), and `check` names the gap.
 */
export const OWN_DATA_DEFAULTS: Record<OwnDataKind, string> = {
  unverified_requests: "30 days",
  expired_codes: "7 days",
  delivered_mail: "90 days",
  expired_packages: "30 days",
};

export interface OwnDataPeriod {
  kind: OwnDataKind;
  period: string;
  /** True when the register records the period; false when the default above stands in. */
  recorded: boolean;
}

/** Every kind with the period the purge uses, the register's own where it records one. */
export function ownDataPeriods(register: Register): OwnDataPeriod[] {
  const recorded = register.service?.retention ?? {};
  return OWN_DATA_KINDS.map((kind) => {
    const period = recorded[kind];
    return period ? { kind, period, recorded: true } : { kind, period: OWN_DATA_DEFAULTS[kind], recorded: false };
  });
}

const HOUR = 3_600_000;

/**
 * The latest start that is past `period` at `now`, as a store timestamp: a row whose start is at or
 * before it is due. Months and years are calendar units (the month rule of Reg. 1182/71, the day
 * clamped to the month's last); a start later that same day is left for the next pass, never taken early.
 */
export function latestDueStart(now: Date, period: string): string {
  const d = parseDuration(period);
  if (!d) throw new Error(`period "${period}" cannot be read`);
  if (d.unit !== "month" && d.unit !== "year") return new Date(now.getTime() - approxDays(d) * 24 * HOUR).toISOString();
  const months = d.unit === "year" ? d.amount * 12 : d.amount;
  const back = monthsOn({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() }, -months);
  const out = new Date(now.getTime());
  out.setUTCFullYear(back.year, back.month - 1, back.day);
  return out.toISOString();
}
