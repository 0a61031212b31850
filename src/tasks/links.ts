import type { ServiceContext } from "../context/index.js";
import { signTaskToken, TASK_LINK_DAYS } from "./tokens.js";

/** The privacy center's path of the answer page; the HTTP route serves this same path. */
export const TASK_PATH = "/task/";
/** Where a webhook system POSTs its signed answer; the HTTP route serves this same path. */
export const TASK_HOOK_PATH = "/hooks/tasks/";
/**
 * A webhook system's callback URL works this long: past the longest a request may run (one month
 * and two more under Art. 12(3)), since nobody sends the service a fresh one as a reminder would.
 */
export const TASK_HOOK_DAYS = 100;

function base(ctx: ServiceContext): string {
  return ctx.publicUrl.replace(/\/+$/, "");
}

/** A fresh answer link for a task, valid TASK_LINK_DAYS from now. */
export function taskAnswerUrl(ctx: ServiceContext, taskId: string): string {
  const expires = new Date(ctx.now().getTime() + TASK_LINK_DAYS * 86_400_000);
  return `${base(ctx)}${TASK_PATH}${signTaskToken(ctx.keys.data, "answer", taskId, expires)}`;
}

/** The request's page in the admin console, for the privacy officer's escalation mail. */
export function consoleRequestUrl(ctx: ServiceContext, requestId: string): string {
  return `${base(ctx)}/admin/requests/${requestId}`;
}

/** The callback URL a webhook system answers its task at, signed over the task's id. */
export function taskHookUrl(ctx: ServiceContext, taskId: string): string {
  const expires = new Date(ctx.now().getTime() + TASK_HOOK_DAYS * 86_400_000);
  return `${base(ctx)}${TASK_HOOK_PATH}${signTaskToken(ctx.keys.data, "hook", taskId, expires)}`;
}
