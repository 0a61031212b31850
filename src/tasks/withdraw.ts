import type { Transaction } from "kysely";
import type { ServiceContext } from "../context/index.js";
import { type StoreSchema, TASK_WITHDRAWN } from "../store/index.js";

/**
 * Closes the open tasks of a request that ends without them (denied), inside the caller's transaction,
 * which holds the request: an owner's answer given at the same moment either came first and stands,
 * or finds its request ended. A withdrawn task gets no more reminders or escalations, its webhook is
 * not sent if it has not gone yet, and its answer page says it is no longer needed. Returns the tasks
 * this call closed, for the request's history.
 */
export async function withdrawTasksIn(
  ctx: ServiceContext,
  trx: Transaction<StoreSchema>,
  requestId: string,
  by: string,
): Promise<{ id: string; system: string }[]> {
  const open = await trx
    .selectFrom("tasks")
    .select(["id", "system"])
    .where("request_id", "=", requestId)
    .where("answer", "is", null)
    .orderBy("created_at")
    .orderBy("system")
    .execute();
  if (open.length === 0) return [];
  await trx
    .updateTable("tasks")
    .set({ answer: TASK_WITHDRAWN, answered_by: by, answered_at: ctx.now().toISOString() })
    .where("request_id", "=", requestId)
    .where("answer", "is", null)
    .execute();
  return open;
}
