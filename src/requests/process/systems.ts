import type { Correction } from "../../datasets/index.js";
import type { ServiceContext } from "../../context/index.js";
import { httpSystems, REAL_HTTP, type SystemOutcome, type SystemRun } from "../../systems/index.js";
import { changeHeldIn, inTransaction, type StoreTransaction } from "../change.js";
import { NotFoundError } from "../errors.js";
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
 * counts and outcome words only. Once per request, system and operation: a run repeated after a
 * crash (a retried job, a second worker) calls the system again, which its idempotency key makes
 * harmless, but records nothing again, so the history says "erased" once and not, a second time,
 * "not found" for what the first run erased. Only a failure is followed by another record: the
 * retry that got through is news.
 */
export function recordSystemOutcome(ctx: ServiceContext, requestId: string, operation: string) {
  return async (outcome: SystemOutcome): Promise<void> => {
    // A system no correction was meant for was not called: nothing to record.
    if (outcome.outcome === "nothing_to_correct") return;
    const kind = `system_${operation}`;
    await inTransaction(ctx, async (trx) => {
      // Held while it looks, so two workers cannot both find no record and both write one.
      const held = await ctx.store.dialect
        .forUpdate(trx.selectFrom("requests").selectAll().where("id", "=", requestId))
        .executeTakeFirst();
      if (!held) throw new NotFoundError("request");
      const last = await lastOutcome(trx, requestId, kind, outcome.system);
      if (last !== undefined && last !== "failed") return;
      await changeHeldIn(ctx, trx, held, {
        actor: "worker",
        kind,
        data: { ...outcome },
        audit: { system: outcome.system, outcome: outcome.outcome, records: outcome.records },
      });
    });
  };
}

/** The outcome last recorded for one system and operation of a request, if any. */
async function lastOutcome(
  trx: StoreTransaction,
  requestId: string,
  kind: string,
  system: string,
): Promise<string | undefined> {
  const rows = await trx
    .selectFrom("request_events")
    .select("data")
    .where("request_id", "=", requestId)
    .where("kind", "=", kind)
    .orderBy("id", "desc")
    .execute();
  for (const row of rows) {
    const data = JSON.parse(row.data) as { system?: string; outcome?: string };
    if (data.system === system) return data.outcome;
  }
  return undefined;
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
