import { canonicalJson } from "../audit/index.js";
import type { ServiceContext } from "../context/index.js";
import { shownByHash } from "./records/configs.js";
import { type ConsentRecord, latestRecord, recordsOf } from "./records/read.js";
import { type ConsentProof, proofOf } from "./records/proof.js";
import { consentWriter } from "./records/writer.js";
import { ALL_MARKETING, endSubscriptions } from "./marketing/end.js";
import { subscriptionPurposes } from "./marketing/purposes.js";
import { emailHash } from "./marketing/secrets.js";

/*
 * What requests from the privacy center do to consent: the interface the request lifecycle calls
 * (requests imports consent, never the other way). A person is known here by the e-mail address of
 * the request and by the consent ids they gave (the banner shows its id in its settings).
 */

export interface ConsentSubject {
  requestId: string;
  email: string | undefined;
  consentIds: readonly string[];
}

export interface ConsentEffect {
  /** Consent records appended (one per consent id whose choices changed). */
  records: number;
  /** Subscriptions ended. */
  subscriptions: number;
}

/** Appends a record that turns `off` purposes off, when any of them is on now; returns whether it did. */
async function turnOff(ctx: ServiceContext, latest: ConsentRecord, off: readonly string[], requestId: string) {
  if (!off.some((id) => latest.choices[id])) return false;
  const choices = { ...latest.choices };
  for (const id of off) if (id in choices) choices[id] = false;
  await consentWriter(ctx.store).write({
    consent_id: latest.consentId,
    at: ctx.now().toISOString(),
    version: latest.version,
    config_hash: latest.configHash,
    choices: canonicalJson(choices),
    action: "withdraw",
    lang: latest.lang,
    origin: "",
    gpc: latest.gpc ? 1 : 0,
    parental: latest.parental,
    via: `request:${requestId}`,
  });
  return true;
}

/**
 * A withdrawal of consent (Art. 7(3)) through the privacy center: the purposes it names (all, when it
 * names none) end in the consent records of the ids given, appended beside what was chosen, and in
 * the person's subscriptions. Running it again finds nothing left to end: the job may be retried.
 */
export async function withdrawForRequest(
  ctx: ServiceContext,
  subject: ConsentSubject,
  purposes: readonly string[] | undefined,
): Promise<ConsentEffect> {
  let records = 0;
  for (const id of subject.consentIds) {
    const latest = await latestRecord(ctx.store, id);
    if (!latest) continue;
    const off = purposes?.length ? purposes : Object.keys(latest.choices);
    if (await turnOff(ctx, latest, off, subject.requestId)) records++;
  }
  const offered = subscriptionPurposes(ctx.register);
  const ending = purposes?.length ? purposes.filter((p) => offered.includes(p)) : offered;
  const subscriptions =
    subject.email && ending.length > 0 ? await endSubscriptions(ctx, subject.email, ending, "withdrawal", `worker`) : 0;
  return { records, subscriptions };
}

/**
 * An objection to direct marketing (Art. 21(2)-(3)), which is absolute: every marketing purpose ends
 * at once, advertising in the consent records given and every subscription, and the address goes on
 * the suppression list for all direct marketing.
 */
export async function objectToDirectMarketing(ctx: ServiceContext, subject: ConsentSubject): Promise<ConsentEffect> {
  let records = 0;
  for (const id of subject.consentIds) {
    const latest = await latestRecord(ctx.store, id);
    if (!latest) continue;
    const shown = await shownByHash(ctx.store, latest.configHash);
    const advertising = (shown?.purposes ?? []).filter((p) => p.kind === "advertising").map((p) => p.id);
    if (await turnOff(ctx, latest, advertising, subject.requestId)) records++;
  }
  const subscriptions = subject.email
    ? await endSubscriptions(ctx, subject.email, ALL_MARKETING, "objection", "worker")
    : 0;
  return { records, subscriptions };
}

/** One subscription as its owner may see it (Art. 15): for what, shown how, and when each step came. */
export interface SubscriptionHistory {
  purpose: string;
  status: string;
  lang: string;
  shown: { name: string; description: string; hash: string };
  createdAt: string;
  confirmedAt: string | null;
  parental: string | null;
  parentConfirmedAt: string | null;
  endedAt: string | null;
  endReason: string | null;
}

export interface ConsentHistory {
  /** The proof of each consent id the person gave that has records. */
  proofs: ConsentProof[];
  subscriptions: SubscriptionHistory[];
}

/** Everything about a person's consents, for their access package. */
export async function consentHistory(
  ctx: ServiceContext,
  subject: Omit<ConsentSubject, "requestId">,
): Promise<ConsentHistory> {
  const proofs: ConsentProof[] = [];
  for (const id of subject.consentIds) {
    const records = await recordsOf(ctx.store, [id]);
    if (records.length > 0) proofs.push(await proofOf(ctx, id, records));
  }
  const rows = subject.email
    ? await ctx.store.db
        .selectFrom("subscriptions")
        .selectAll()
        .where("email_hash", "=", emailHash(ctx, subject.email))
        .orderBy("created_at")
        .execute()
    : [];
  const subscriptions = rows.map((r) => ({
    purpose: r.purpose,
    status: r.status,
    lang: r.lang,
    shown: JSON.parse(r.shown) as SubscriptionHistory["shown"],
    createdAt: r.created_at,
    confirmedAt: r.confirmed_at,
    parental: r.parental,
    parentConfirmedAt: r.parent_confirmed_at,
    endedAt: r.ended_at,
    endReason: r.end_reason,
  }));
  return { proofs, subscriptions };
}
