import { changeRequest } from "../change.js";
import type { ServiceContext } from "../../context/index.js";
import { enqueueProcessing, PROCESS_QUEUE } from "../processing.js";
import { HUMAN_REVIEWED } from "../review/review.js";

/**
 * How long a request may sit without a change before the sweep looks at it: longer than a hand-over
 * takes, so the sweep does not race a verification that is still queueing its own job.
 */
export const STRANDED_AFTER_MINUTES = 10;
/**
 * A request whose job keeps failing (a company database that stays down, a register that no longer
 * fits the schema) fails the same way when queued again; after this many sweeps it is left to the
 * privacy officer, who sees the failed attempts in its history and the log.
 */
export const MAX_REQUEUES = 3;

/** The statuses in which a request needs a worker: waiting to start, or started and not finished. */
const NEEDS_A_WORKER = ["verified", "in_progress"] as const;

export function needsAWorker(status: string): boolean {
  return (NEEDS_A_WORKER as readonly string[]).includes(status);
}

/** Events that tell whether a request is stranded (see isStranded). */
export const STRANDING_EVENTS = ["queue_failed", "requeued", "retried"] as const;

/**
 * A request that needs a worker but has none: its hand-over failed or the sweep had to queue it again,
 * and the officer has not run it again since. The console marks it and offers "run again".
 */
export function isStranded(status: string, events: readonly { kind: string }[]): boolean {
  if (!needsAWorker(status)) return false;
  const last = [...events].reverse().find((e) => (STRANDING_EVENTS as readonly string[]).includes(e.kind));
  return last !== undefined && last.kind !== "retried";
}

export interface SweepOutcome {
  requeued: number;
  /** Requests left alone because they were queued again MAX_REQUEUES times already. */
  givenUp: number;
}

/**
 * Queues again every request that needs a worker and has no job: its hand-over failed, its job was
 * lost, or its job failed for good after its retries. A request whose job is still waiting, retrying
 * or running is left as it is, without a trace.
 */
export async function requeueStranded(ctx: ServiceContext): Promise<SweepOutcome> {
  const before = new Date(ctx.now().getTime() - STRANDED_AFTER_MINUTES * 60_000).toISOString();
  const waiting = await ctx.store.db
    .selectFrom("requests")
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("request_events")
          .select((e) => ["request_id", e.fn.countAll<number | string>().as("n")])
          .where("kind", "=", "requeued")
          // Tries since the officer last ran the request again (retryRequest) count; earlier ones not.
          .where(({ eb, selectFrom }) =>
            eb(
              "id",
              ">",
              selectFrom("request_events as retried")
                .select((r) => r.fn.coalesce(r.fn.max("retried.id"), r.lit(0)).as("since"))
                .whereRef("retried.request_id", "=", "request_events.request_id")
                .where("retried.kind", "=", "retried"),
            ),
          )
          .groupBy("request_id")
          .as("requeues"),
      (join) => join.onRef("requeues.request_id", "=", "requests.id"),
    )
    .select(["requests.id", "requeues.n"])
    .where("requests.status", "in", [...NEEDS_A_WORKER])
    // A request for human review waits for a reviewer, however long: no worker is missing.
    .where("requests.type", "not in", [...HUMAN_REVIEWED])
    .where("requests.updated_at", "<", before)
    // Waiting for the owners of manual systems is no stranding: the last answer queues it again.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("tasks")
            .select("tasks.id")
            .whereRef("tasks.request_id", "=", "requests.id")
            .where("tasks.answer", "is", null),
        ),
      ),
    )
    .orderBy("requests.due_at")
    .execute();
  const outcome: SweepOutcome = { requeued: 0, givenUp: 0 };
  for (const request of waiting) {
    if (await ctx.queue.hasUnfinished(PROCESS_QUEUE, request.id)) continue;
    if (Number(request.n ?? 0) >= MAX_REQUEUES) {
      outcome.givenUp++;
      continue;
    }
    // The event claims the request for this sweep: it moves updated_at, so a process sweeping at the
    // same moment (the row is locked while it looks) and the next sweep both leave it alone.
    const claimed = await changeRequest(ctx, request.id, {
      actor: "system",
      kind: "requeued",
      guard: (row) => {
        if (!needsAWorker(row.status) || row.updated_at >= before) throw new AlreadyHandled();
      },
    }).then(
      () => true,
      (error: unknown) => {
        if (error instanceof AlreadyHandled) return false;
        throw error;
      },
    );
    if (!claimed) continue;
    await enqueueProcessing(ctx, request.id);
    outcome.requeued++;
  }
  return outcome;
}

/** The request moved on since the sweep read it: a worker took it, or another sweep did. */
class AlreadyHandled extends Error {}
