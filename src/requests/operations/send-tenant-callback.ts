import type { ServiceContext } from "../../context/index.js";
import { failureMessage } from "../../jobs/index.js";
import { tenantCallbackSecret } from "../../tenants/index.js";
import { changeRequest } from "../change.js";
import { hasEvent, loadRequest, readEvents } from "../records.js";
import type { TenantCallbackJob } from "../tenant-callbacks.js";
import { TENANT_INFORMED_EVENT } from "../tenant-answers.js";
import { SIGNATURE_HEADER, signWebhook } from "../webhook-signature.js";

const TIMEOUT_MS = 10_000;

/** The kinds of the events that say a tenant was told at its callback URL, or could not be. */
export const TENANT_CALLBACK_SENT_EVENT = "tenant_callback_sent";
export const TENANT_CALLBACK_FAILED_EVENT = "tenant_callback_failed";

/** A delivery the receiver answered, but not with a 2xx: its status is recorded, never its body. */
class CallbackRefused extends Error {
  constructor(
    tenant: string,
    readonly httpStatus: number,
  ) {
    super(`callback of tenant "${tenant}" answered HTTP ${httpStatus}`);
  }
}

/**
 * The body of the "tenant.callback" job: POSTs the tenant that one of its requests moved, signed with
 * the tenant's own secret (Waarborg-Signature, as every webhook of the service). The body names the
 * request, the message, the status and where the package is; never the person, whom the tenant knows
 * already. Idempotent: a message delivered once is not sent again, and a tenant that has removed its
 * callback URL since is not sent anything. A refused or failed delivery throws and the queue retries
 * with backoff; the last failed attempt is recorded with the HTTP status and the attempts made.
 * Delivery is at least once: a worker that dies between the POST and the event sends it again.
 */
export async function sendTenantCallback(
  ctx: ServiceContext,
  job: TenantCallbackJob,
  attempt: { number: number; last: boolean } = { number: 1, last: true },
): Promise<void> {
  const row = await loadRequest(ctx.store.db, job.requestId);
  if (row.tenant === null) return;
  const events = await readEvents(ctx.store.db, row.id);
  if (hasEvent(events, TENANT_CALLBACK_SENT_EVENT, { message: job.message })) return;
  const informed = events.find((e) => e.kind === TENANT_INFORMED_EVENT && e.data.message === job.message);
  if (!informed) return;
  const entry = await ctx.store.db
    .selectFrom("tenants")
    .select("callback_url")
    .where("key", "=", row.tenant)
    .executeTakeFirst();
  if (!entry?.callback_url) return;
  const told = { tenant: row.tenant, message: job.message, attempts: attempt.number };
  try {
    const pkg = await ctx.store.db
      .selectFrom("packages")
      .select("id")
      .where("request_id", "=", row.id)
      .executeTakeFirst();
    const body = JSON.stringify({
      event: `request.${job.message}`,
      request_id: row.id,
      status: row.status,
      at: informed.at,
      ...(pkg ? { package: { url: `/api/requests/${row.id}/package` } } : {}),
    });
    const status = await post(ctx, row.tenant, entry.callback_url, body);
    await changeRequest(ctx, row.id, {
      actor: "worker",
      kind: TENANT_CALLBACK_SENT_EVENT,
      data: { ...told, http_status: status },
      audit: { ...told, http_status: status },
    });
  } catch (error) {
    if (attempt.last) {
      const httpStatus = error instanceof CallbackRefused ? { http_status: error.httpStatus } : {};
      await changeRequest(ctx, row.id, {
        actor: "worker",
        kind: TENANT_CALLBACK_FAILED_EVENT,
        data: { ...told, ...httpStatus, error: failureMessage(error) },
        audit: { ...told, ...httpStatus },
      });
    }
    throw error;
  }
}

/** One signed POST; the answer's status when it is a 2xx. The URL is never in an error: it may hold a token. */
async function post(ctx: ServiceContext, tenant: string, url: string, body: string): Promise<number> {
  const secret = tenantCallbackSecret(ctx.env, tenant);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signWebhook(secret, body, ctx.now()) },
    body,
    redirect: "error",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  }).catch((error: unknown) => {
    throw new Error(`callback of tenant "${tenant}" could not be reached (${(error as Error).name})`);
  });
  await response.body?.cancel();
  if (!response.ok) throw new CallbackRefused(tenant, response.status);
  return response.status;
}
