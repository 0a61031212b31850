import type { ServiceContext } from "../../context/index.js";
import type { RequestRow } from "../../store/index.js";
import { insertTasksIn, mailNewTasks, openTasksOf } from "../../tasks/index.js";
import { inTransaction, recordIn } from "../change.js";
import { NotFoundError } from "../errors.js";
import { openRequest } from "../identities.js";
import { TASK_WEBHOOK_QUEUE } from "../processing.js";

/** The kind of the event that says a task was made for a manual system. */
export const TASK_CREATED_EVENT = "task_created";

/**
 * Makes the tasks a request in progress needs (one per manual or webhook system its type reaches),
 * records each new one on the request, mails the owners not mailed yet, and returns how many tasks
 * are still open. A webhook system's task is sent in a job of its own, queued in the transaction that
 * made the task: a crash leaves both or neither, and a slow service holds up nothing else. A request
 * that is no longer in progress (denied while the engine ran) gets no tasks: it is returned as it is.
 *
 * Waiting is not a status of its own: the request stays in progress, as it is while a worker runs it,
 * and its open tasks are what it waits for. The Art. 12(3) clock runs on regardless, and every page
 * that shows a request in progress can say "waiting for N tasks" from the tasks themselves. What the
 * engine does meanwhile depends on the type: see processRequest.
 */
export async function awaitTasks(ctx: ServiceContext, row: RequestRow): Promise<{ open: number; row: RequestRow }> {
  const request = {
    id: row.id,
    type: row.type,
    dueOn: row.due_at,
    ...(row.tenant !== null ? { tenant: row.tenant } : {}),
  };
  const held = await inTransaction(ctx, async (trx) => {
    const query = trx.selectFrom("requests").selectAll().where("id", "=", row.id);
    // Held, so a denial cannot slip in between: it closes the tasks made here, or none are made.
    const now = await ctx.store.dialect.forUpdate(query).executeTakeFirst();
    if (!now) throw new NotFoundError("request");
    if (now.status !== "in_progress") return now;
    const at = ctx.now().toISOString();
    for (const task of await insertTasksIn(ctx, trx, request)) {
      if (task.owner_email === "")
        await ctx.queue.send(TASK_WEBHOOK_QUEUE, { taskId: task.id }, { singletonKey: task.id, transaction: trx });
      await recordIn(
        ctx,
        trx,
        row,
        {
          actor: "worker",
          kind: TASK_CREATED_EVENT,
          data: { task_id: task.id, system: task.system, due_on: task.due_on },
          audit: { task_id: task.id, system: task.system },
        },
        at,
      );
    }
    return now;
  });
  if (held.status !== "in_progress") return { open: 0, row: held };
  const open = await openTasksOf(ctx.store.db, row.id);
  if (open > 0) await mailNewTasks(ctx, request, openRequest(ctx, row.id, row.identities_encrypted).identities);
  return { open, row: held };
}
