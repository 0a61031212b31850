import type { Actor, ServiceContext } from "../../context/index.js";
import { loadTask, openTasksOf, recordAnswerIn, type TaskAnswerInput, TaskError } from "../../tasks/index.js";
import { changeHeldIn, inTransaction } from "../change.js";
import { NotFoundError } from "../errors.js";
import { handOver } from "../processing.js";

/** The kind of the event that says a task's owner (or the privacy officer) answered it. */
export const TASK_ANSWERED_EVENT = "task_answered";

export interface AnsweredTask {
  requestId: string;
  /** Tasks of the request still open after this answer; 0 means the request was handed to the workers. */
  openLeft: number;
}

/**
 * Records the answer to a task: the files and note (sealed), a request event and an audit entry, in
 * one transaction that holds the request, so the last two answers given at once cannot both think
 * another is still open. When none is left the request goes back to the workers, who complete it with
 * the tasks' answers in its package. A finished request (denied, cancelled) takes no more answers.
 */
export async function answerTask(
  ctx: ServiceContext,
  taskId: string,
  input: TaskAnswerInput,
  actor: Actor,
): Promise<AnsweredTask> {
  const task = await loadTask(ctx.store.db, taskId);
  if (!task) throw new TaskError("not_found", "no such task");
  const { openLeft, type } = await inTransaction(ctx, async (trx) => {
    const held = await ctx.store.dialect
      .forUpdate(trx.selectFrom("requests").selectAll().where("id", "=", task.request_id))
      .executeTakeFirst();
    if (!held) throw new NotFoundError("request");
    if (held.status !== "in_progress")
      throw new TaskError("closed", `the request is ${held.status.replaceAll("_", " ")}: its tasks take no answers`);
    const recorded = await recordAnswerIn(ctx, trx, task, input, actor);
    await changeHeldIn(ctx, trx, held, {
      actor,
      kind: TASK_ANSWERED_EVENT,
      data: { task_id: task.id, system: task.system, answer: recorded.answer, files: recorded.files },
      audit: {
        task_id: task.id,
        system: task.system,
        answer: recorded.answer,
        files: recorded.files,
        bytes: recorded.bytes,
      },
    });
    return { openLeft: await openTasksOf(trx, task.request_id), type: held.type };
  });
  if (openLeft === 0) await handOver(ctx, { id: task.request_id, type });
  return { requestId: task.request_id, openLeft };
}
