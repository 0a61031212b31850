import { toCsv } from "../documents/index.js";
import type { Breach } from "./breach.js";
import { FACT_KEYS } from "./facts.js";
import { breachStatus } from "./status.js";

/** The register's columns: the breach, what it obliges, the clock, then every fact of the form. */
const COLUMNS = [
  "reference",
  "title",
  "awareAt",
  "risk",
  "authorityRequired",
  "peopleRequired",
  "deadline",
  "clock",
  "authorityNotifiedAt",
  "peopleNotifiedAt",
  "recordedAt",
  "updatedAt",
] as const;

function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function flat(breach: Breach, now: Date): Record<string, unknown> {
  const { obligations, clock } = breachStatus(breach, now);
  return {
    reference: breach.reference,
    title: breach.title,
    awareAt: breach.awareAt,
    risk: breach.risk,
    authorityRequired: obligations.authority,
    peopleRequired: obligations.people,
    deadline: clock.deadline,
    clock: clock.state,
    authorityNotifiedAt: breach.authorityNotifiedAt,
    peopleNotifiedAt: breach.peopleNotifiedAt,
    recordedAt: breach.recordedAt,
    updatedAt: breach.updatedAt,
    ...breach.facts,
  };
}

/** The register of all breaches, notified or not (Art. 33(5)), as CSV: one row per breach. */
export function breachesCsv(breaches: readonly Breach[], now: Date): string {
  const header = [...COLUMNS, ...FACT_KEYS];
  return toCsv([header, ...breaches.map((b) => header.map((key) => cell(flat(b, now)[key])))]);
}

/** The same register as JSON, each breach with its obligations and clock. */
export function breachesJson(breaches: readonly Breach[], now: Date): string {
  return `${JSON.stringify(
    breaches.map((b) => {
      const { obligations, clock } = breachStatus(b, now);
      return { ...b, obligations, clock };
    }),
    null,
    2,
  )}\n`;
}
