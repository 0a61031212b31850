import type { Actor, ServiceContext } from "../context/index.js";
import type { RequestRow } from "../store/index.js";
import { withdrawTasksIn } from "../tasks/index.js";
import { recordIn, type StoreTransaction } from "./change.js";

/** The kind of the event that says a request's open tasks were closed because the request ended. */
export const TASKS_WITHDRAWN_EVENT = "tasks_withdrawn";

/**
 * Withdraws the open tasks of a request that ends without them (denied or cancelled), in the
 * transaction that ended it, and records which in its history: one event naming the tasks and
 * systems, nothing about the person. A request with no open task records nothing.
 */
export async function withdrawOpenTasksIn(
  ctx: ServiceContext,
  trx: StoreTransaction,
  row: Pick<RequestRow, "id" | "type">,
  actor: Actor,
): Promise<number> {
  const withdrawn = await withdrawTasksIn(ctx, trx, row.id, actor);
  if (withdrawn.length === 0) return 0;
  await recordIn(
    ctx,
    trx,
    row,
    {
      actor,
      kind: TASKS_WITHDRAWN_EVENT,
      data: { tasks: withdrawn.map((t) => ({ task_id: t.id, system: t.system })) },
      audit: { task_ids: withdrawn.map((t) => t.id), systems: withdrawn.map((t) => t.system) },
    },
    ctx.now().toISOString(),
  );
  return withdrawn.length;
}
