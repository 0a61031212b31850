import { failureMessage } from "../../jobs/index.js";
import { changeRequest } from "../change.js";
import type { ServiceContext } from "../../context/index.js";
import { nameForAll } from "../../register/index.js";
import { openRequest } from "../identities.js";
import { acknowledgementUrl, openNotice } from "../notices.js";
import { hasEvent, loadRequest, readEvents } from "../records.js";
import { SIGNATURE_HEADER, signWebhook } from "../webhook-signature.js";

const TIMEOUT_MS = 10_000;

/**
 * The body of the "recipient.notify" job: POSTs the Art. 19 notice to a recipient's webhook, signed
 * with WAARBORG_WEBHOOK_SECRET. Idempotent: a recipient already told is not told again. A refused or
 * failed delivery throws, and the queue retries with backoff. Errors name the recipient's key and the
 * HTTP status, never the body (it holds the person's identities). A last attempt that fails is
 * recorded on the request.
 */
export async function notifyRecipient(
  ctx: ServiceContext,
  input: { requestId: string; recipient: string },
  options: { lastAttempt?: boolean } = {},
): Promise<void> {
  try {
    await deliver(ctx, input);
  } catch (error) {
    // Out of retries: the recipient was not told, and the request's history must say so, because
    // Art. 19 obliges the company to tell them and the officer now has to do it another way.
    if (options.lastAttempt)
      await changeRequest(ctx, input.requestId, {
        actor: "worker",
        kind: "recipient_notify_failed",
        data: { recipient: input.recipient, error: failureMessage(error) },
        audit: { recipient: input.recipient },
      });
    throw error;
  }
}

async function deliver(ctx: ServiceContext, input: { requestId: string; recipient: string }): Promise<void> {
  const row = await loadRequest(ctx.store.db, input.requestId);
  const events = await readEvents(ctx.store.db, row.id);
  if (hasEvent(events, "recipient_notified", { recipient: input.recipient })) return;
  const url = ctx.register.recipients[input.recipient]?.notify?.webhook;
  if (!url) throw new Error(`recipient "${input.recipient}" has no notify.webhook in the register`);
  const secret = ctx.env.WAARBORG_WEBHOOK_SECRET;
  if (!secret) throw new Error("WAARBORG_WEBHOOK_SECRET is not set: Art. 19 webhooks are signed with it");
  const completion = [...events].reverse().find((e) => e.kind === "complete" || e.kind === "complete_partially");
  const { identities, details } = openRequest(ctx, row.id, row.identities_encrypted);
  const notice = await openNotice(ctx, ctx.store.db, {
    requestId: row.id,
    recipient: input.recipient,
    channel: "webhook",
  });
  const body = JSON.stringify({
    type: "art19.notice",
    change: row.type,
    request_id: row.id,
    // POST to it once the change is made: the 2xx answer to this notice only says it arrived.
    acknowledge_url: acknowledgementUrl(ctx, notice.id),
    controller: nameForAll(ctx.register.organization.name, ctx.register),
    completed_at: completion?.at ?? null,
    subject_identities: identities.map((i) => ({
      identity_type: i.type,
      identity_value: i.value,
      identity_format: "raw",
    })),
    ...(row.type === "rectification" ? { corrections: details.corrections ?? [] } : {}),
  });
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signWebhook(secret, body, ctx.now()) },
    body,
    redirect: "error",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  }).catch((error: unknown) => {
    throw new Error(`webhook of recipient "${input.recipient}" could not be reached (${(error as Error).name})`);
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`webhook of recipient "${input.recipient}" answered HTTP ${response.status}`);
  await changeRequest(ctx, row.id, {
    actor: "worker",
    kind: "recipient_notified",
    data: { recipient: input.recipient, channel: "webhook", http_status: response.status },
    audit: { recipient: input.recipient, channel: "webhook" },
  });
}
