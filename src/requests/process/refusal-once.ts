import type { ServiceContext } from "../../context/index.js";
import { type Change, changeHeldIn, holdIn, inTransaction } from "../change.js";

/**
 * Events that say nothing about the request itself: the sweep's claim before it queues the request
 * again (requeue-stranded.ts). A refusal rerun by the sweep is still the same refusal.
 */
const BOOKKEEPING: readonly string[] = ["requeued"];

/**
 * Records an engine refusal once while nothing changed: a job that runs a refused request again (the
 * sweep, a second job) finds the same refusal as the request's latest event and adds nothing, so
 * its history does not fill with copies. A changed register gives another message and is recorded;
 * so is any refusal after another event, such as the officer's "run again" (retried) once the
 * register is fixed, which must show that run's own outcome. Held in one transaction with the read,
 * so two workers cannot both record it.
 */
export function recordRefusalOnce(
  ctx: ServiceContext,
  requestId: string,
  change: Change & { data: { message: string } },
): Promise<void> {
  return inTransaction(ctx, async (trx) => {
    const held = await holdIn(ctx, trx, requestId);
    const latest = await trx
      .selectFrom("request_events")
      .select(["kind", "data"])
      .where("request_id", "=", requestId)
      .where("kind", "not in", [...BOOKKEEPING])
      .orderBy("id", "desc")
      .executeTakeFirst();
    if (latest?.kind === change.kind && messageOf(latest.data) === change.data.message) return;
    await changeHeldIn(ctx, trx, held, change);
  });
}

function messageOf(data: string): unknown {
  return (JSON.parse(data) as { message?: unknown }).message;
}
