import { randomUUID } from "node:crypto";
import type { Actor, ServiceContext } from "../context/index.js";
import { requestReceivedMail } from "../mail/index.js";
import type { RequestRow } from "../store/index.js";
import { changeIn, inTransaction } from "./change.js";
import { receivedOn } from "./clock.js";
import { insertReceivedIn } from "./filing.js";
import type { CheckedRequest } from "./input.js";
import { handOver, mailOrRecord } from "./processing.js";
import { mailRequester, mailSender, requestStatusUrl } from "./requester.js";
import { needsApproval } from "./rights.js";

/**
 * Who vouches for the person instead of a code, as the request's verification event records it: the
 * company's application that signed them in, or the tenant that identified its own user.
 */
export interface Vouching {
  actor: Actor;
  /** The verification event's kind, which says who verified: app_verified, tenant_verified. */
  kind: string;
  /** What the event shows; no personal data beyond what the vouching party's own reference is. */
  data: Record<string, unknown>;
  /** What the audit log keeps: ids and names of tokens and tenants only. */
  audit: Record<string, unknown>;
  /** The tenant the request is filed for, whose rows alone it reaches. */
  tenant?: string;
  /** An operator's request: whether the person is mailed as from the privacy center (see SealedPart). */
  notify?: boolean;
}

/**
 * Files a checked request that starts verified: received and verified in one transaction, then the
 * privacy officer's approval where the register wants it for the type, as after a code. The "received"
 * mail goes to the person (or, for a tenant's request, is left to the tenant), and a verified request
 * goes to the workers.
 */
export async function fileVouchedRequest(
  ctx: ServiceContext,
  request: CheckedRequest,
  vouching: Vouching,
): Promise<RequestRow> {
  const row = await recordVouchedRequest(ctx, request, vouching);
  if (row.status === "verified") await handOver(ctx, row);
  return row;
}

/**
 * fileVouchedRequest without the hand-over to the workers: for a caller that runs the request itself
 * (an operator on the command line) and hands it over only when its own run fails.
 */
export async function recordVouchedRequest(
  ctx: ServiceContext,
  request: CheckedRequest,
  vouching: Vouching,
): Promise<RequestRow> {
  const requestId = randomUUID();
  const { actor } = vouching;
  const row = await inTransaction(ctx, async (trx) => {
    await insertReceivedIn(ctx, trx, requestId, request, {
      actor,
      ...(vouching.tenant === undefined ? {} : { tenant: vouching.tenant }),
      ...(vouching.notify === undefined ? {} : { notify: vouching.notify }),
    });
    const verified = await changeIn(ctx, trx, requestId, {
      actor,
      kind: vouching.kind,
      event: "verify",
      data: vouching.data,
      audit: vouching.audit,
    });
    if (!needsApproval(ctx.register, verified.type)) return verified;
    return changeIn(ctx, trx, requestId, { actor: "system", kind: "require_approval", event: "require_approval" });
  });
  await mailOrRecord(ctx, requestId, () =>
    mailRequester(
      ctx,
      row,
      "received",
      requestReceivedMail({
        lang: row.lang,
        sender: mailSender(ctx.register),
        type: row.type,
        statusUrl: requestStatusUrl(ctx, row.id),
        receivedOn: receivedOn(ctx, row),
        dueOn: row.due_at,
      }),
    ),
  );
  return row;
}
