import type { ServiceContext } from "../../context/index.js";
import type { Lang, RequestType } from "../../kernel/index.js";
import { isManualRequestType, localize } from "../../register/index.js";
import {
  checkTaskToken,
  loadTask,
  type TaskAnswerInput,
  TaskError,
  type TaskRow,
  type TaskState,
  systemName,
  taskState,
} from "../../tasks/index.js";
import { today } from "../clock.js";
import { loadRequest } from "../records.js";
import { type AnsweredTask, answerTask } from "./answer-task.js";

/** What the answer page shows: the system, what to do and by when; never the person's identities. */
export interface TaskLinkView {
  lang: Lang;
  systemName: string;
  type: RequestType;
  reference: string;
  dueOn: string;
  /** The tenant whose request it is: the owner searches only that customer's part. */
  tenant?: string;
  /** In both languages: the page follows the language switch, the owner's own by default. */
  instructions: Record<Lang, string>;
  state: TaskState;
  /** False once the request is finished: the page then says so instead of offering the form. */
  answerable: boolean;
}

/** The task a signed answer link names; a forged link and an unknown task get the same answer. */
async function taskOfLink(ctx: ServiceContext, token: string): Promise<TaskRow> {
  const checked = checkTaskToken(ctx.keys.data, "answer", token, ctx.now());
  if (!checked.ok && checked.reason === "expired")
    throw new TaskError("expired", "the link has expired: the latest reminder carries a new one");
  const task = checked.ok ? await loadTask(ctx.store.db, checked.taskId) : undefined;
  if (!task) throw new TaskError("not_found", "no such task");
  return task;
}

export async function taskByLink(ctx: ServiceContext, token: string): Promise<TaskLinkView> {
  const task = await taskOfLink(ctx, token);
  const request = await loadRequest(ctx.store.db, task.request_id);
  const lang: Lang = task.owner_lang === "en" ? "en" : "nl";
  const found = ctx.register.datasets?.systems[task.system];
  const system = found?.kind === "manual" ? found : undefined;
  const own = system && isManualRequestType(request.type) ? system.instructions[request.type] : undefined;
  const text = own ?? system?.instructions.general;
  return {
    lang,
    systemName: systemName(ctx.register, task.system, lang),
    type: request.type,
    reference: task.request_id,
    dueOn: task.due_on,
    ...(request.tenant !== null ? { tenant: request.tenant } : {}),
    instructions: { nl: text ? localize(text, "nl") : "", en: text ? localize(text, "en") : "" },
    state: taskState(task, today(ctx)),
    answerable: request.status === "in_progress" && task.answer === null,
  };
}

/** The owner's answer by the link: the same as the console's, by the actor `owner`. */
export async function answerTaskByLink(
  ctx: ServiceContext,
  token: string,
  input: TaskAnswerInput,
): Promise<AnsweredTask> {
  const task = await taskOfLink(ctx, token);
  return answerTask(ctx, task.id, input, "owner");
}
