import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { appendAuditIn, retryOnConflict } from "../audit/index.js";
import { BREACH_RISKS, type BreachRisk, type StoreSchema } from "../store/index.js";
import { type Breach, type BreachRow, toBreach } from "./breach.js";
import type { BreachDeps } from "./deps.js";
import { BreachError } from "./errors.js";
import { applyFacts } from "./facts.js";

type Trx = Transaction<StoreSchema>;

export interface RecordBreach {
  title: string;
  /** When the company became aware, an ISO instant; not in the future. */
  awareAt: string;
  risk?: BreachRisk | null;
  facts?: Record<string, unknown>;
  actor: string;
}

export interface UpdateBreach {
  title?: string;
  awareAt?: string;
  risk?: BreachRisk | null;
  authorityNotifiedAt?: string | null;
  peopleNotifiedAt?: string | null;
  facts?: Record<string, unknown>;
  actor: string;
}

function title(value: string): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 200) throw new BreachError("invalid", "title has 1 to 200 characters", "title");
  return trimmed;
}

function instant(field: string, value: string, now: Date): string {
  const ms = Date.parse(value);
  if (!/T.*(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(ms))
    throw new BreachError("invalid", `${field} is an ISO instant with its zone (2026-03-05T09:30:00Z)`, field);
  if (ms > now.getTime()) throw new BreachError("invalid", `${field} is not in the future`, field);
  return new Date(ms).toISOString();
}

function risk(value: unknown): BreachRisk | null {
  if (value === null) return null;
  if (!(BREACH_RISKS as readonly unknown[]).includes(value))
    throw new BreachError("invalid", `risk is one of ${BREACH_RISKS.join(", ")}`, "risk");
  return value as BreachRisk;
}

/** The next register number in the year of awareness: `2026-001`, `2026-002`. */
async function nextReference(trx: Trx, awareAt: string): Promise<string> {
  const year = awareAt.slice(0, 4);
  const rows = await trx.selectFrom("breaches").select("reference").where("reference", "like", `${year}-%`).execute();
  const highest = Math.max(0, ...rows.map((r) => Number(r.reference.slice(5)) || 0));
  return `${year}-${String(highest + 1).padStart(3, "0")}`;
}

/** One audit entry about a breach: which fields changed and the risk, never what the fields say. */
async function audit(deps: BreachDeps, trx: Trx, actor: string, action: string, row: BreachRow, fields: string[]) {
  await appendAuditIn(trx, deps.store.dialect, {
    actor,
    action: `breach.${action}`,
    subjectType: "breach",
    subjectId: row.id,
    data: { reference: row.reference, risk: row.risk, fields },
    at: deps.now(),
  });
}

/** Records a breach in the register; it stays there whether or not anyone is ever notified (Art. 33(5)). */
export async function recordBreach(deps: BreachDeps, input: RecordBreach): Promise<Breach> {
  const now = deps.now();
  const awareAt = instant("awareAt", input.awareAt, now);
  const facts = applyFacts({}, input.facts ?? {});
  return retryOnConflict(() =>
    deps.store.db.transaction().execute(async (trx) => {
      const row: BreachRow = {
        id: randomUUID(),
        reference: await nextReference(trx, awareAt),
        title: title(input.title),
        aware_at: awareAt,
        risk: risk(input.risk ?? null),
        authority_notified_at: null,
        people_notified_at: null,
        facts: JSON.stringify(facts),
        recorded_by: input.actor,
        recorded_at: now.toISOString(),
        updated_at: now.toISOString(),
      };
      await trx.insertInto("breaches").values(row).execute();
      await audit(deps, trx, input.actor, "recorded", row, ["title", "awareAt", "risk", ...Object.keys(facts)]);
      return toBreach(row);
    }),
  );
}

/** Changes what is recorded of a breach; the audit entry names the fields that changed. */
export async function updateBreach(deps: BreachDeps, id: string, input: UpdateBreach): Promise<Breach> {
  const now = deps.now();
  return retryOnConflict(() =>
    deps.store.db.transaction().execute(async (trx) => {
      const query = trx.selectFrom("breaches").selectAll().where("id", "=", id);
      const before = await deps.store.dialect.forUpdate(query).executeTakeFirst();
      if (!before) throw new BreachError("not-found", "no such breach");
      const moment = (field: string, value: string | null | undefined, was: string | null) =>
        value === undefined ? was : value === null ? null : instant(field, value, now);
      const facts = applyFacts(JSON.parse(before.facts), input.facts ?? {});
      const after: BreachRow = {
        ...before,
        title: input.title === undefined ? before.title : title(input.title),
        aware_at: moment("awareAt", input.awareAt, before.aware_at) ?? before.aware_at,
        risk: input.risk === undefined ? before.risk : risk(input.risk),
        authority_notified_at: moment("authorityNotifiedAt", input.authorityNotifiedAt, before.authority_notified_at),
        people_notified_at: moment("peopleNotifiedAt", input.peopleNotifiedAt, before.people_notified_at),
        facts: JSON.stringify(facts),
        updated_at: now.toISOString(),
      };
      const changed = changedFields(before, after);
      if (changed.length === 0) return toBreach(before);
      const { id: _id, ...values } = after;
      await trx.updateTable("breaches").set(values).where("id", "=", id).execute();
      await audit(deps, trx, input.actor, "updated", after, changed);
      return toBreach(after);
    }),
  );
}

function changedFields(before: BreachRow, after: BreachRow): string[] {
  const columns = { title: "title", aware_at: "awareAt", risk: "risk" } as const;
  const out: string[] = [];
  for (const [column, name] of Object.entries(columns))
    if (before[column as keyof typeof columns] !== after[column as keyof typeof columns]) out.push(name);
  if (before.authority_notified_at !== after.authority_notified_at) out.push("authorityNotifiedAt");
  if (before.people_notified_at !== after.people_notified_at) out.push("peopleNotifiedAt");
  const was = JSON.parse(before.facts) as Record<string, unknown>;
  const now = JSON.parse(after.facts) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)]))
    if (JSON.stringify(was[key]) !== JSON.stringify(now[key])) out.push(`facts.${key}`);
  return out;
}
