import { z } from "zod";
import type { ServiceContext } from "../../context/index.js";
import { checkTaskToken, loadTask, MAX_TASK_FILE_BYTES, type TaskAnswerInput, TaskError } from "../../tasks/index.js";
import { verifyWebhook } from "../webhook-signature.js";
import { type AnsweredTask, answerTask } from "./answer-task.js";

/** The file a webhook system's records are kept in, sealed as a task's files are, and put in the package. */
export const WEBHOOK_RECORDS_FILE = "records.json";

/** What a webhook system answers: done or nothing found, with the records it holds for an access. */
const WebhookAnswer = z.strictObject({
  status: z.enum(["done", "nothing_found"], { error: "done or nothing_found" }),
  records: z
    .array(z.record(z.string(), z.unknown(), { error: "a JSON object" }), { error: "a list of JSON objects" })
    .optional(),
});

/**
 * A webhook system's answer at its callback URL. The URL's token names the task and must be
 * genuine and current, but it travels in a URL and so is never enough: the body must carry the
 * system's own signature (the scheme of the Art. 19 webhooks, with its timestamp against replay).
 * The answer then goes through answerTask like an owner's, so the first answer stands (a reused
 * token finds the task answered) and the last one hands the request back to the workers. Records
 * are kept as one JSON file of the system's section in the package. Errors name the field, never
 * a value.
 */
export async function answerTaskByWebhook(
  ctx: ServiceContext,
  token: string,
  body: string,
  signature: string | undefined,
): Promise<AnsweredTask> {
  const checked = checkTaskToken(ctx.keys.data, "hook", token, ctx.now());
  if (!checked.ok && checked.reason === "expired") throw new TaskError("expired", "the callback URL has expired");
  const task = checked.ok ? await loadTask(ctx.store.db, checked.taskId) : undefined;
  const system = task ? ctx.register.datasets?.systems[task.system] : undefined;
  if (!task || system?.kind !== "webhook") throw new TaskError("not_found", "no such task");
  const secret = ctx.env[system.secret_env];
  if (!secret)
    throw new Error(`${system.secret_env} is not set: answers of system "${task.system}" are checked with it`);
  if (!signature || !verifyWebhook(secret, body, signature, { now: ctx.now() }))
    throw new TaskError("unsigned", "the body is not signed with the system's secret", "Waarborg-Signature");
  return answerTask(ctx, task.id, answerOf(body), "system");
}

function answerOf(body: string): TaskAnswerInput {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new TaskError("invalid", "the body is not JSON");
  }
  const parsed = WebhookAnswer.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`));
    const field = issue?.code === "unrecognized_keys" ? issue.keys[0] : path?.join("");
    const message = issue?.code === "unrecognized_keys" ? "not a field of an answer" : (issue?.message ?? "invalid");
    throw new TaskError("invalid", message, field || undefined);
  }
  const { status, records } = parsed.data;
  if (records && status !== "done") throw new TaskError("invalid", "records go with the status done", "records");
  if (!records || records.length === 0) return { answer: status };
  const content = Buffer.from(`${JSON.stringify(records, null, 2)}\n`);
  if (content.length > MAX_TASK_FILE_BYTES)
    throw new TaskError("invalid", "too many records for one answer", "records");
  return { answer: "files", files: [{ name: WEBHOOK_RECORDS_FILE, mediaType: "application/json", content }] };
}
