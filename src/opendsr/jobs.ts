import { randomUUID } from "node:crypto";
import { hmacSha256Hex, sha256Hex } from "../crypto/index.js";
import type { Job, JobHandlers } from "../jobs/index.js";
import type { ServiceContext } from "../context/index.js";
import type { StoreTransaction } from "../requests/index.js";
import { linkOfRequest, saveLink } from "./links.js";
import { isFinal, type OpenDsrStatus, SIGNATURE_HEADER, WEBHOOK_SECRET_ENV } from "./protocol.js";
import { openDsrState } from "./state.js";

/**
 * Status callbacks run as jobs, so a slow or failing receiver never holds up an API call and a failed
 * delivery is retried with backoff. Two queues:
 *   opendsr.status:   looks at a request's status and, when OpenDSR's status changed since the last
 *                     callbacks, queues one delivery per callback URL. While the request is open it
 *                     looks again after a while, so changes the workers make are reported too.
 *   opendsr.callback: POSTs the signed status to one URL, once: a delivered callback leaves a marker.
 * Both are idempotent: running either twice sends nothing twice.
 */
export const OPENDSR_STATUS_QUEUE = "opendsr.status";
export const OPENDSR_CALLBACK_QUEUE = "opendsr.callback";

/** How long a callback receiver may take. */
const CALLBACK_TIMEOUT_MS = 10_000;

export interface OpenDsrJobOptions {
  /** How often an open request's status is looked at (default one minute). */
  pollMs?: number;
  fetch?: typeof fetch;
}

/**
 * Looks at the request's status now; called after filing (inside the filing's transaction, so a filed
 * request always has its first look queued) and after cancelling.
 */
export async function checkStatusSoon(
  ctx: ServiceContext,
  requestId: string,
  transaction?: StoreTransaction,
): Promise<void> {
  await ctx.queue.send(
    OPENDSR_STATUS_QUEUE,
    { requestId },
    { singletonKey: `${requestId}:${randomUUID()}`, ...(transaction ? { transaction } : {}) },
  );
}

/** The marker of one delivered callback: the URL is hashed, it may hold the receiver's secret path. */
const deliveredKey = (requestId: string, status: string, url: string) =>
  `opendsr.sent:${requestId}:${status}:${sha256Hex(url)}`;

async function checkStatus(ctx: ServiceContext, requestId: string, pollMs: number): Promise<void> {
  const link = await linkOfRequest(ctx.store, requestId);
  if (!link) return;
  const state = await openDsrState(ctx, link);
  if (!state) return;
  const status = state.request_status;
  if (status !== link.notified) {
    for (const [index, url] of link.callbackUrls.entries())
      await ctx.queue.send(
        OPENDSR_CALLBACK_QUEUE,
        { requestId, status, url },
        { singletonKey: `${requestId}:${status}:${index}` },
      );
    await saveLink(ctx.store.db, { ...link, notified: status });
  }
  if (isFinal(status)) return;
  // The next look falls on a fixed grid of the queue's clock, so looks queued from several places
  // (filing, cancelling, the previous look) share one singleton key and merge instead of multiplying.
  const slot = Math.floor(Date.now() / pollMs) + 1;
  await ctx.queue.send(
    OPENDSR_STATUS_QUEUE,
    { requestId },
    { singletonKey: `${requestId}@${slot}`, startAfter: new Date(slot * pollMs) },
  );
}

async function deliver(
  ctx: ServiceContext,
  payload: { requestId: string; status: OpenDsrStatus; url: string },
  post: typeof fetch,
): Promise<void> {
  const marker = deliveredKey(payload.requestId, payload.status, payload.url);
  const done = await ctx.store.db.selectFrom("settings").select("key").where("key", "=", marker).executeTakeFirst();
  if (done) return;
  const link = await linkOfRequest(ctx.store, payload.requestId);
  const state = link && (await openDsrState(ctx, link));
  if (!state) return;
  const secret = ctx.env[WEBHOOK_SECRET_ENV];
  if (!secret) throw new Error(`${WEBHOOK_SECRET_ENV} is not set: status callbacks are never sent unsigned`);
  const body = JSON.stringify({
    controller_id: state.controller_id,
    expected_completion_time: state.expected_completion_time,
    status_callback_url: payload.url,
    subject_request_id: state.subject_request_id,
    request_status: payload.status,
    api_version: state.api_version,
  });
  const response = await post(payload.url, {
    method: "POST",
    headers: { "content-type": "application/json", [SIGNATURE_HEADER]: hmacSha256Hex(secret, body) },
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
  });
  // The message names the status code only: the URL may carry the receiver's secret path.
  if (!response.ok) throw new Error(`the status callback was answered with HTTP ${response.status}`);
  await ctx.store.db
    .insertInto("settings")
    .values({ key: marker, value: new Date().toISOString() })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
}

/** The OpenDSR jobs, for the service and `waarborg worker` to run next to the lifecycle's. */
export function openDsrJobHandlers(ctx: ServiceContext, options: OpenDsrJobOptions = {}): JobHandlers {
  const pollMs = options.pollMs ?? 60_000;
  const post = options.fetch ?? fetch;
  return {
    [OPENDSR_STATUS_QUEUE]: {
      handle: (job: Job) => checkStatus(ctx, String(job.payload.requestId), pollMs),
    },
    [OPENDSR_CALLBACK_QUEUE]: {
      handle: (job: Job) =>
        deliver(ctx, job.payload as { requestId: string; status: OpenDsrStatus; url: string }, post),
    },
  };
}
