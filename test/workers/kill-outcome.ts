import { sql } from "kysely";
import { type StoredAuditVerification, verifyStoredAudit } from "../../src/audit/store.js";
import { notifiableRecipients } from "../../src/requests/process/recipients.js";
import { PROCESS_QUEUE } from "../../src/requests/processing.js";
import type { KillRun } from "./kill-scenario.js";

/** Requests, by id, that break one promise of "every request completes once". Each list should be empty. */
export interface Problems {
  /** Not in its final status: access completed; erasure completed or partially completed (holds). */
  notFinished: string[];
  /** Started or completed more or less than once, by their events. */
  notStartedOnce: string[];
  notCompletedOnce: string[];
  /** An access request without exactly one package, or an erasure with any. */
  packagesNotOnce: string[];
  /** The requester's completion mail recorded other than once. */
  requesterNotToldOnce: string[];
  /** An erasure whose notifiable recipients (Art. 19) were not each recorded as told once. */
  recipientsNotToldOnce: string[];
  /** An erasure whose recipient's webhook never received a validly signed notice. */
  webhookMissing: string[];
  /** An erasure after which the person's address is still in the demo's users table. */
  stillFindable: string[];
  /** A request whose audit entries are not its events, one for one. */
  auditNotEvents: string[];
}

export interface KillOutcome {
  problems: Problems;
  /** Request jobs that ran more than once: those the killed worker held, taken over by another. */
  retriedJobs: number;
  failedJobs: number;
  /** Webhook notices delivered more than once for a request (allowed: delivery is at least once). */
  repeatedWebhooks: number;
  audit: StoredAuditVerification;
  /** Rows in the audit log, every subject: what the verification should have checked. */
  auditEntries: number;
}

const multiset = (values: string[]) => [...values].sort().join("\n");

/** Reads back what the workers left behind and names every request that was not done exactly once. */
export async function inspectKillRun(run: KillRun): Promise<KillOutcome> {
  const { store, demo, cases, endpoint } = run;
  const events = await store.db.selectFrom("request_events").select(["request_id", "kind", "data"]).execute();
  const audit = await store.db
    .selectFrom("audit_log")
    .select(["subject_id", "action"])
    .where("subject_type", "=", "request")
    .execute();
  const packages = await store.db.selectFrom("packages").select("request_id").execute();
  const statuses = new Map(
    (await store.db.selectFrom("requests").select(["id", "status"]).execute()).map((r) => [r.id, r.status]),
  );
  const eventsOf = new Map<string, { kind: string; data: string }[]>();
  for (const e of events) eventsOf.set(e.request_id, [...(eventsOf.get(e.request_id) ?? []), e]);
  const auditOf = new Map<string, string[]>();
  for (const a of audit) auditOf.set(a.subject_id!, [...(auditOf.get(a.subject_id!) ?? []), a.action]);
  const packageCount = new Map<string, number>();
  for (const p of packages) packageCount.set(p.request_id, (packageCount.get(p.request_id) ?? 0) + 1);
  const recipients = notifiableRecipients(run.ctx).map(([key]) => key);
  const webhookRecipients = notifiableRecipients(run.ctx).filter(([, r]) => r.notify?.webhook).length;

  const problems: Problems = {
    notFinished: [],
    notStartedOnce: [],
    notCompletedOnce: [],
    packagesNotOnce: [],
    requesterNotToldOnce: [],
    recipientsNotToldOnce: [],
    webhookMissing: [],
    stillFindable: [],
    auditNotEvents: [],
  };
  for (const c of cases) {
    const mine = eventsOf.get(c.id) ?? [];
    const kinds = (kind: string) => mine.filter((e) => e.kind === kind).length;
    const status = statuses.get(c.id);
    const final = c.type === "access" ? ["completed"] : ["completed", "partially_completed"];
    if (!status || !final.includes(status)) problems.notFinished.push(c.id);
    if (kinds("start") !== 1) problems.notStartedOnce.push(c.id);
    if (kinds("complete") + kinds("complete_partially") !== 1) problems.notCompletedOnce.push(c.id);
    if ((packageCount.get(c.id) ?? 0) !== (c.type === "access" ? 1 : 0)) problems.packagesNotOnce.push(c.id);
    if (kinds("requester_notified") !== 1) problems.requesterNotToldOnce.push(c.id);
    if (multiset(mine.map((e) => `request.${e.kind}`)) !== multiset(auditOf.get(c.id) ?? []))
      problems.auditNotEvents.push(c.id);
    if (c.type !== "erasure") continue;
    const told = mine.filter((e) => e.kind === "recipient_notified").map((e) => String(JSON.parse(e.data).recipient));
    if (multiset(told) !== multiset(recipients)) problems.recipientsNotToldOnce.push(c.id);
    if (webhookRecipients > 0 && !endpoint.received.get(c.id)) problems.webhookMissing.push(c.id);
    const left = await demo.db.selectFrom("users").select("id").where("email", "=", c.email).execute();
    if (left.length > 0) problems.stillFindable.push(c.id);
  }

  const jobs = await sql<{ retried: string; failed: string }>`
    select count(*) filter (where retry_count > 0) as retried, count(*) filter (where state = 'failed') as failed
    from pgboss.job where name = ${PROCESS_QUEUE}`.execute(store.db);
  return {
    problems,
    retriedJobs: Number(jobs.rows[0]?.retried ?? 0),
    failedJobs: Number(jobs.rows[0]?.failed ?? 0),
    repeatedWebhooks: [...endpoint.received.values()].filter((n) => n > 1).length,
    audit: await verifyStoredAudit(store),
    auditEntries: (await store.db.selectFrom("audit_log").select("seq").execute()).length,
  };
}
