import {
  checkRectification,
  findPerson,
  type Correction,
  RectificationRefused,
  rectify,
  type RequestSession,
  restrict,
} from "../../datasets/index.js";
import { OperationError } from "../errors.js";
import type { RequestRow } from "../../store/index.js";
import type { ServiceContext } from "../../context/index.js";
import {
  type ConsentEffect,
  type ConsentSubject,
  objectToDirectMarketing,
  withdrawForRequest,
} from "../../consent/index.js";
import { openRequest, type SealedPart } from "../identities.js";
import { rectifySystems, restrictSystems, type StopRequest, stopSystems } from "../../systems/index.js";
import type { Outcome } from "./outcome.js";
import { referredData } from "../referrals.js";
import { withRequestSession } from "./session.js";
import { databaseCorrections, recordSystemOutcome, systemRun, systemsData } from "./systems.js";

function correctionsOf(details: Record<string, unknown>): Correction[] {
  const given = (details.corrections ?? []) as { field: string; value: string }[];
  return given.map(({ field, value }) => {
    const dot = field.indexOf(".");
    return dot > 0 ? { collection: field.slice(0, dot), field: field.slice(dot + 1), value } : { field, value };
  });
}

/**
 * What a rectification would be refused for (a held row without an override, an identity that is
 * someone else's, a value longer than its column), found by reading only, so the operator's command
 * refuses it before a request is filed.
 */
export async function refuseRectification(ctx: ServiceContext, s: RequestSession, details: Record<string, unknown>) {
  const found = await findPerson(s.graph, s.connections, s.identities);
  const override = details.hold_override as { reason: string } | undefined;
  try {
    await checkRectification(s.graph, s.connections, found, databaseCorrections(ctx, correctionsOf(details)), {
      now: ctx.now(),
      holdOverride: override?.reason,
    });
  } catch (error) {
    if (error instanceof RectificationRefused)
      throw new OperationError("details.corrections", error.message.replace(/^--set /, ""));
    throw error;
  }
}

/** Rectification (Art. 16): the corrections the person gave, validated per data category, written where found. */
export async function runRectification(ctx: ServiceContext, row: RequestRow): Promise<Outcome> {
  const { result, systems, referred } = await withRequestSession(ctx, row, async (s, sealed) => {
    const corrections = correctionsOf(sealed.details);
    const found = await findPerson(s.graph, s.connections, s.identities);
    const override = sealed.details.hold_override as { reason: string } | undefined;
    const result = await rectify(s.graph, s.connections, found, databaseCorrections(ctx, corrections), {
      now: ctx.now(),
      holdOverride: override?.reason,
    });
    const outcomes = await rectifySystems(
      ctx.register,
      systemRun(ctx, row, sealed),
      corrections,
      recordSystemOutcome(ctx, row.id, "rectification"),
    );
    return { result, systems: outcomes, referred: await referredData(s) };
  });
  const reached = systemsData(systems.filter((o) => o.outcome !== "nothing_to_correct"));
  const corrected = systems.filter((o) => o.outcome === "corrected").length;
  const rows = result.collections.reduce((sum, c) => sum + c.rows, 0);
  // Rewriting records a law wants kept is the operator's decision: the audit log keeps who, why and how many.
  const override = result.holdOverride
    ? { hold_override: { reason: result.holdOverride.reason, rows: result.holdOverride.rows } }
    : {};
  return {
    event: reached.partial ? "complete_partially" : "complete",
    // Field names and counts only: the corrected values stay in the encrypted part of the request.
    data: {
      changed: rows > 0 || corrected > 0,
      collections: result.collections,
      ...override,
      ...reached.data,
      ...referred,
    },
    audit: { rows, ...override },
  };
}

/**
 * Restriction (Art. 18): every row found is marked restricted the way the register declares, and
 * each system that declares a restriction request is called after the databases.
 */
export async function runRestriction(ctx: ServiceContext, row: RequestRow): Promise<Outcome> {
  const now = ctx.now();
  const { result, systems, referred } = await withRequestSession(ctx, row, async (s, sealed) => {
    const found = await findPerson(s.graph, s.connections, s.identities);
    const result = await restrict(s.graph, s.connections, found, { now });
    const outcomes = await restrictSystems(
      ctx.register,
      systemRun(ctx, row, sealed),
      recordSystemOutcome(ctx, row.id, "restriction"),
    );
    return { result, systems: outcomes, referred: await referredData(s) };
  });
  const reached = systemsData(systems);
  const restrictedInSystems = systems.filter((o) => o.outcome === "restricted").length;
  const rows = result.collections.reduce((sum, c) => sum + c.rows, 0);
  const unmarked = result.collections.filter((c) => c.marker === null).map((c) => c.collection);
  return {
    // Rows in a collection without a restriction marker could not be restricted: say so.
    event: unmarked.length > 0 || reached.partial ? "complete_partially" : "complete",
    data: {
      changed: rows > 0 || restrictedInSystems > 0,
      collections: result.collections,
      ...(unmarked.length ? { unmarked } : {}),
      ...reached.data,
      ...referred,
    },
    audit: { rows, ...(systems.length ? { systems_restricted: restrictedInSystems } : {}) },
  };
}

/** Who the consent effects are about: the request's e-mail address and the consent ids the person gave. */
function consentSubject(row: RequestRow, sealed: SealedPart): ConsentSubject {
  return {
    requestId: row.id,
    email: sealed.identities.find((i) => i.type === "email")?.value,
    consentIds: (sealed.details.consent_ids as string[] | undefined) ?? [],
  };
}

/**
 * Objection (Art. 21) and withdrawal of consent (Art. 7(3)): recorded and confirmed. What Waarborg
 * keeps itself, it ends here: a withdrawal ends the purposes it names in the consent records and
 * subscriptions, an objection to direct marketing ends every marketing purpose and puts the address
 * on the suppression list. Then each HTTP system whose objection or withdrawal call serves what the
 * request is about is called (the mailing tool unsubscribes the person); the databases have no
 * operation for it, and what else stops in the company's systems is theirs to carry out.
 */
export async function runRecorded(ctx: ServiceContext, row: RequestRow): Promise<Outcome> {
  const details = JSON.parse(row.details) as { purposes?: string[]; activities?: string[]; direct_marketing?: boolean };
  const sealed = openRequest(ctx, row.id, row.identities_encrypted);
  const directMarketing = row.type === "objection" && objectsToDirectMarketing(ctx, details);
  let consent: ConsentEffect | undefined;
  if (row.type === "withdrawal") consent = await withdrawForRequest(ctx, consentSubject(row, sealed), details.purposes);
  if (directMarketing) consent = await objectToDirectMarketing(ctx, consentSubject(row, sealed));
  const request: StopRequest =
    row.type === "objection"
      ? { type: "objection", activities: details.activities, directMarketing }
      : { type: "withdrawal", purposes: details.purposes };
  // A tenant's request skips the systems holding none of its end users and tells the scoped ones
  // which tenant; one recording neither was refused before the run (tenant-systems.ts).
  const systems = await stopSystems(
    ctx.register,
    systemRun(ctx, row, sealed),
    request,
    recordSystemOutcome(ctx, row.id, request.type),
  );
  const reached = systemsData(systems);
  const stopped = systems.filter((o) => o.outcome === "stopped").length;
  const changed = (consent !== undefined && consent.records + consent.subscriptions > 0) || stopped > 0;
  return {
    event: reached.partial ? "complete_partially" : "complete",
    data: { changed, recorded: details, ...(consent ? { consent } : {}), ...reached.data },
    audit: {
      ...(consent ? { consent_records: consent.records, subscriptions: consent.subscriptions } : {}),
      ...(systems.length ? { systems_stopped: stopped } : {}),
    },
  };
}

/** An objection says it is against direct marketing, or names an activity whose purpose is marketing. */
function objectsToDirectMarketing(
  ctx: ServiceContext,
  details: { activities?: string[]; direct_marketing?: boolean },
): boolean {
  if (details.direct_marketing) return true;
  return (details.activities ?? []).some((id) => ctx.register.activities[id]?.purpose_kind?.startsWith("marketing."));
}
