import type { ServiceContext } from "../context/index.js";
import type { StoreTransaction } from "./change.js";
import { TENANT_CALLBACK_QUEUE } from "./processing.js";

/** What a callback job carries: ids and the message's name, nothing about the person. */
export interface TenantCallbackJob {
  requestId: string;
  message: string;
}

/**
 * Queues the callback that tells a tenant one of its requests moved, in the transaction that records
 * the move, when the tenant has a callback URL; a tenant without one keeps polling the API. One job
 * per request and message (the singleton key): a message recorded twice is not sent twice at once,
 * and the job itself skips a message already delivered.
 */
export async function queueTenantCallback(
  ctx: ServiceContext,
  trx: StoreTransaction,
  told: TenantCallbackJob & { tenant: string },
): Promise<void> {
  const entry = await trx
    .selectFrom("tenants")
    .select("callback_url")
    .where("key", "=", told.tenant)
    .executeTakeFirst();
  if (!entry?.callback_url) return;
  await ctx.queue.send(
    TENANT_CALLBACK_QUEUE,
    { requestId: told.requestId, message: told.message },
    { singletonKey: `${told.requestId}:${told.message}`, transaction: trx },
  );
}
