import { responseDeadline } from "../deadlines/index.js";
import type { RequestRow } from "../store/index.js";
import type { Actor, ServiceContext } from "../context/index.js";
import { changeHeldIn, recordIn, type StoreTransaction } from "./change.js";
import { firstPeriod } from "./clock.js";
import { hashIdentities, type SealedPart, sealRequest } from "./identities.js";
import type { CheckedRequest } from "./input.js";
import { statusToken, tokenHash } from "./secrets.js";

/** A request of the same type for the same identities within this many days is flagged (Art. 12(5)). */
export const DUPLICATE_DAYS = 30;

/**
 * Stores a checked request as received, with its "received" event, and flags it when it repeats an
 * earlier one. Every way of filing starts here, so a request from the privacy center, the API or the
 * command line has the same row, the same clock and the same trail. Returns the row as stored, which
 * the transaction holds: later changes in it need not read it again (changeHeldIn).
 */
export async function insertReceivedIn(
  ctx: ServiceContext,
  trx: StoreTransaction,
  requestId: string,
  request: CheckedRequest,
  filing: { actor: Actor; notify?: SealedPart["notify"]; tenant?: string },
): Promise<RequestRow> {
  const now = ctx.now();
  const identitiesHash = hashIdentities(ctx, request.identities);
  const period = firstPeriod(ctx.register, request);
  const sealed: SealedPart = {
    identities: request.identities,
    details: request.details.sealed,
    ...(filing.notify === undefined ? {} : { notify: filing.notify }),
  };
  const row = await trx
    .insertInto("requests")
    .values({
      id: requestId,
      type: request.type,
      status: "received",
      lang: request.lang,
      identities_hash: identitiesHash,
      identities_encrypted: sealRequest(ctx, requestId, sealed),
      received_at: now.toISOString(),
      due_at: responseDeadline(now, { calendar: ctx.calendar, ...period }).due,
      status_token_hash: tokenHash(statusToken(ctx, requestId)),
      details: JSON.stringify(request.details.open),
      ...(filing.tenant === undefined ? {} : { tenant: filing.tenant }),
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordIn(
    ctx,
    trx,
    row,
    {
      actor: filing.actor,
      kind: "received",
      data: { lang: request.lang, ...(period.days === undefined ? {} : { period_days: period.days }) },
    },
    row.received_at,
  );
  return flagDuplicate(ctx, trx, row, now);
}

/** Flags a request that repeats one of the same type for the same person within DUPLICATE_DAYS. */
async function flagDuplicate(
  ctx: ServiceContext,
  trx: StoreTransaction,
  row: RequestRow,
  now: Date,
): Promise<RequestRow> {
  const since = new Date(now.getTime() - DUPLICATE_DAYS * 86_400_000).toISOString();
  const earlier = await trx
    .selectFrom("requests")
    .select(["id"])
    .where("identities_hash", "=", row.identities_hash)
    .where("type", "=", row.type)
    .where("id", "!=", row.id)
    .where("received_at", ">=", since)
    .orderBy("received_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!earlier) return row;
  return changeHeldIn(ctx, trx, row, {
    actor: "system",
    kind: "duplicate_of",
    data: { request_id: earlier.id, days: DUPLICATE_DAYS },
    audit: { request_id: earlier.id },
  });
}
