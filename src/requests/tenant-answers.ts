import type { RequestRow } from "../store/index.js";
import type { ServiceContext } from "../context/index.js";
import { changeIn, inTransaction } from "./change.js";
import { queueTenantCallback } from "./tenant-callbacks.js";

/**
 * The event that stands in for a mail to the person of a tenant's request. In processor mode the
 * company processes its customers' users' data on their behalf: the customer (the tenant) is the
 * controller, identifies its own user and answers them (Art. 28(3)(e)), so the service mails them
 * nothing. The tenant follows the request, and fetches its package, through the API instead; this
 * event says in the history why no mail went.
 */
export const TENANT_INFORMED_EVENT = "tenant_informed";

/** The messages the person of a request may get; a tenant's request gets none of them. */
export type RequesterMessage = "code" | "received" | "extension" | "denial" | "completion" | "review_outcome";

/** Whether the request is a tenant's, whose user hears from the tenant and never from the service. */
export function isTenantRequest(row: Pick<RequestRow, "tenant">): row is { tenant: string } {
  return row.tenant !== null && row.tenant !== undefined;
}

/**
 * Records that a message is left to the tenant, who reads the request through the API: which message,
 * for which tenant, and nothing about the person. A tenant with a callback URL is told so by a signed
 * POST, queued in the same transaction: the event and its callback exist together or not at all.
 */
export async function leaveToTenant(
  ctx: ServiceContext,
  row: Pick<RequestRow, "id"> & { tenant: string },
  message: RequesterMessage,
): Promise<void> {
  const told = { tenant: row.tenant, message, through: "api" };
  await inTransaction(ctx, async (trx) => {
    await changeIn(ctx, trx, row.id, { actor: "system", kind: TENANT_INFORMED_EVENT, data: told, audit: told });
    await queueTenantCallback(ctx, trx, { requestId: row.id, tenant: row.tenant, message });
  });
}
