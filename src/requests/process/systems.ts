import type { Correction } from "../../datasets/index.js";
import type { ServiceContext } from "../../context/index.js";
import { httpSystems, REAL_HTTP, type SystemOutcome, type SystemRun } from "../../systems/index.js";
import { changeRequest } from "../change.js";
import { type SealedPart, searchIdentities } from "../identities.js";

/**
 * What a request hands the systems it reaches: its id (for idempotency keys), identities, its tenant
 * (for {tenant} in a scoped system's templates), the environment.
 */
export function systemRun(
  ctx: ServiceContext,
  row: { id: string; tenant?: string | null },
  sealed: SealedPart,
): SystemRun {
  return {
    requestId: row.id,
    identities: searchIdentities(sealed.identities),
    ...(row.tenant != null ? { tenant: row.tenant } : {}),
    env: ctx.env,
    deps: { ...REAL_HTTP, ...(ctx.sleep ? { sleep: (ms: number) => ctx.sleep!(ms) } : {}) },
  };
}

/**
 * Records what each system came to as it happens ("system mailchimp: erased", "3 records", "not
 * found", or why it failed): an event in the request's history and an entry in the audit log, with
 * counts and outcome words only.
 */
export function recordSystemOutcome(ctx: ServiceContext, requestId: string, operation: string) {
  return async (outcome: SystemOutcome): Promise<void> => {
    // A system no correction was meant for was not called: nothing to record.
    if (outcome.outcome === "nothing_to_correct") return;
    await changeRequest(ctx, requestId, {
      actor: "worker",
      kind: `system_${operation}`,
      data: { ...outcome },
      audit: { system: outcome.system, outcome: outcome.outcome, records: outcome.records },
    });
  };
}

/** The outcome's share of the systems: all of them, and those that failed with their reasons. */
export function systemsData(outcomes: readonly SystemOutcome[]): {
  partial: boolean;
  data: Record<string, unknown>;
} {
  const failed = outcomes.filter((o) => o.outcome === "failed").map((o) => ({ system: o.system, reason: o.reason }));
  if (outcomes.length === 0) return { partial: false, data: {} };
  return {
    partial: failed.length > 0,
    data: {
      // A skip for the tenant says why; a failure's reason is in failed_systems.
      systems: outcomes.map(({ system, outcome, records, reason }) => ({
        system,
        outcome,
        records,
        ...(outcome === "skipped" && reason ? { reason } : {}),
      })),
      ...(failed.length ? { failed_systems: failed } : {}),
    },
  };
}

/** The corrections meant for a database collection: those that do not name an HTTP system. */
export function databaseCorrections(ctx: ServiceContext, corrections: readonly Correction[]): Correction[] {
  const systems = new Set(httpSystems(ctx.register).map(([id]) => id));
  return corrections.filter((c) => c.collection === undefined || !systems.has(c.collection));
}
