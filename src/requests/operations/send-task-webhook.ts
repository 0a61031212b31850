import type { ServiceContext } from "../../context/index.js";
import { failureMessage } from "../../jobs/index.js";
import { loadTask, taskHookUrl } from "../../tasks/index.js";
import { changeIn, changeRequest, inTransaction } from "../change.js";
import { openRequest } from "../identities.js";
import { loadRequest } from "../records.js";
import { SIGNATURE_HEADER, signWebhook } from "../webhook-signature.js";

const TIMEOUT_MS = 10_000;

/** The kinds of the events that say a webhook system was sent its task, or could not be. */
export const WEBHOOK_SENT_EVENT = "webhook_sent";
export const WEBHOOK_FAILED_EVENT = "webhook_failed";

/**
 * The body of the "task.webhook" job: POSTs a webhook system its task, signed with the system's own
 * secret as the Art. 19 webhooks are, with the callback URL it answers at. Idempotent: a task sent
 * already (mailed_at set, as a manual task's mail sets it) is not sent again. A refused or failed
 * delivery throws and the queue retries with backoff; errors and events name the system and the HTTP
 * status, never the body (it holds the person's identities). A last failed attempt is recorded.
 */
export async function sendTaskWebhook(
  ctx: ServiceContext,
  taskId: string,
  options: { lastAttempt?: boolean } = {},
): Promise<void> {
  const task = await loadTask(ctx.store.db, taskId);
  if (!task || task.mailed_at !== null || task.answer !== null) return;
  try {
    await deliver(ctx, task.id, task.request_id, task.system, task.due_on);
  } catch (error) {
    if (options.lastAttempt)
      await changeRequest(ctx, task.request_id, {
        actor: "worker",
        kind: WEBHOOK_FAILED_EVENT,
        data: { task_id: task.id, system: task.system, error: failureMessage(error) },
        audit: { task_id: task.id, system: task.system },
      });
    throw error;
  }
}

async function deliver(ctx: ServiceContext, taskId: string, requestId: string, key: string, dueOn: string) {
  const system = ctx.register.datasets?.systems[key];
  if (system?.kind !== "webhook") throw new Error(`system "${key}" is no longer a webhook system in the register`);
  const url = ctx.env[system.url_env];
  if (!url) throw new Error(`${system.url_env} is not set: the URL of system "${key}" comes from it`);
  const secret = ctx.env[system.secret_env];
  if (!secret) throw new Error(`${system.secret_env} is not set: the requests to system "${key}" are signed with it`);
  const row = await loadRequest(ctx.store.db, requestId);
  const { identities } = openRequest(ctx, row.id, row.identities_encrypted);
  const body = JSON.stringify({
    type: "waarborg.task",
    task_id: taskId,
    request_id: row.id,
    request_type: row.type,
    system: key,
    due_on: dueOn,
    callback_url: taskHookUrl(ctx, taskId),
    // A tenant's request: the service acts only on that customer's part (the system is `tenants: scoped`).
    ...(row.tenant !== null ? { tenant: row.tenant } : {}),
    subject_identities: identities.map((i) => ({ identity_type: i.type, identity_value: i.value })),
  });
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signWebhook(secret, body, ctx.now()) },
    body,
    redirect: "error",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  }).catch((error: unknown) => {
    throw new Error(`webhook of system "${key}" could not be reached (${(error as Error).name})`);
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`webhook of system "${key}" answered HTTP ${response.status}`);
  // Marked sent with its event in one go: the sweep escalates only a task that went out.
  await inTransaction(ctx, async (trx) => {
    await trx.updateTable("tasks").set({ mailed_at: ctx.now().toISOString() }).where("id", "=", taskId).execute();
    await changeIn(ctx, trx, requestId, {
      actor: "worker",
      kind: WEBHOOK_SENT_EVENT,
      data: { task_id: taskId, system: key, http_status: response.status },
      audit: { task_id: taskId, system: key },
    });
  });
}
