import { constantTimeEqual } from "../../crypto/index.js";
import { requestReceivedMail } from "../../mail/index.js";
import type { RequestRow } from "../../store/index.js";
import { changeIn, inTransaction } from "../change.js";
import { type CodeCheck, checkCodeIn, dropCodeIn } from "../codes.js";
import type { ServiceContext } from "../../context/index.js";
import { NotFoundError } from "../errors.js";
import { receivedOn } from "../clock.js";
import { handOver, mailOrRecord } from "../processing.js";
import { needsApproval } from "../rights.js";
import { loadRequest } from "../records.js";
import { mailRequester, mailSender, requestStatusUrl } from "../requester.js";
import { tokenHash } from "../secrets.js";

export type VerifyResult = { ok: true } | { ok: false; reason: "wrong" | "expired" | "locked"; attemptsLeft: number };

/** The request behind an id and its status link; a wrong link answers like an unknown id. */
export async function requestWithToken(ctx: ServiceContext, requestId: string, token: string): Promise<RequestRow> {
  const row = await loadRequest(ctx.store.db, requestId).catch(() => undefined);
  if (!row || !constantTimeEqual(tokenHash(token), row.status_token_hash)) throw new NotFoundError("request");
  return row;
}

/**
 * The person types the code from the mail. Right: the request is verified and then waits for the
 * privacy officer (when the register's rights.approval lists its type) or goes to the workers. Wrong:
 * one try fewer; the fifth wrong try locks the request for good, even for the right code later.
 */
export async function verifyRequest(
  ctx: ServiceContext,
  input: { requestId: string; statusToken: string; code: string },
): Promise<VerifyResult> {
  const found = await requestWithToken(ctx, input.requestId, input.statusToken);
  if (found.status !== "received" && found.status !== "verifying") {
    // Verified before (a second click on the button): the same answer; otherwise it is over.
    if (found.status === "denied" || found.status === "cancelled")
      return { ok: false, reason: "locked", attemptsLeft: 0 };
    return { ok: true };
  }
  const outcome = await inTransaction(ctx, async (trx): Promise<{ check: CodeCheck; row?: RequestRow }> => {
    const check = await checkCodeIn(ctx, trx, found.id, input.code);
    if (!check.ok) {
      const kind =
        check.reason === "locked"
          ? check.lockedNow
            ? "code_locked"
            : undefined
          : check.reason === "wrong"
            ? "code_rejected"
            : undefined;
      if (kind)
        await changeIn(ctx, trx, found.id, {
          actor: "requester",
          kind,
          data: { attempts_left: check.attemptsLeft },
          audit: { attempts_left: check.attemptsLeft },
        });
      return { check };
    }
    await dropCodeIn(trx, found.id);
    let row = await changeIn(ctx, trx, found.id, { actor: "requester", kind: "verify", event: "verify" });
    if (needsApproval(ctx.register, row.type))
      row = await changeIn(ctx, trx, found.id, {
        actor: "system",
        kind: "require_approval",
        event: "require_approval",
      });
    return { check, row };
  });
  if (!outcome.check.ok) {
    const { reason, attemptsLeft } = outcome.check;
    return { ok: false, reason, attemptsLeft };
  }
  const row = outcome.row!;
  if (row.status === "verified") await handOver(ctx, row);
  await mailOrRecord(ctx, row.id, () =>
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
  return { ok: true };
}
