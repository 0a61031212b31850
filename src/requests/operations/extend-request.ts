import { DeadlineError, extendDeadline, MAX_EXTENSION_MONTHS } from "../../deadlines/index.js";
import { extensionMail } from "../../mail/index.js";
import { changeIn, inTransaction } from "../change.js";
import { clockState, dueDate, today } from "../clock.js";
import type { Actor, ServiceContext } from "../../context/index.js";
import { OperationError } from "../errors.js";
import { checkReason, reasonAudit, requireOpen } from "../officer.js";
import { mailOrRecord } from "../processing.js";
import { readEvents } from "../records.js";
import { mailRequester, mailSender, requestStatusUrl } from "../requester.js";

/** Which part of the input a refused extension is about. */
const FIELD_OF: Record<string, string> = {
  "extension-too-long": "months",
  "extension-without-reason": "reason",
  "extension-too-late": "months",
  "invalid-months": "months",
};

/**
 * Extends the period by one or two further months (Art. 12(3)): only with reasons, at most two months
 * in all, and only while the first month runs; the requester is told at once, in their language.
 */
export async function extendRequest(
  ctx: ServiceContext,
  input: { requestId: string; actor: Actor; months: number; reason: string },
): Promise<{ due?: string }> {
  const reason = checkReason(input.reason);
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > MAX_EXTENSION_MONTHS)
    throw new OperationError("months", `a whole number of months from 1 to ${MAX_EXTENSION_MONTHS}`, "invalid-months");
  const decidedOn = today(ctx);
  let due: string | undefined;
  const row = await inTransaction(ctx, async (trx) => {
    const events = await readEvents(trx, input.requestId);
    return changeIn(ctx, trx, input.requestId, {
      actor: input.actor,
      kind: "extended",
      guard: (current) => requireOpen(current),
      set: (current) => {
        const state = extendDeadline(
          clockState(current, events),
          { months: input.months, reason, decidedOn },
          { calendar: ctx.calendar },
        );
        due = dueDate(ctx, state);
        return due ? { due_at: due, extended_until: due, extension_reason: reason } : { extension_reason: reason };
      },
      data: { months: input.months, reason, decided_on: decidedOn },
      audit: { months: input.months, decided_on: decidedOn, ...reasonAudit(reason) },
    });
  }).catch((error: unknown) => {
    if (error instanceof DeadlineError) throw new OperationError(FIELD_OF[error.code], error.message, error.code);
    throw error;
  });
  await mailOrRecord(ctx, row.id, () =>
    mailRequester(
      ctx,
      row,
      "extension",
      extensionMail({
        lang: row.lang,
        sender: mailSender(ctx.register),
        type: row.type,
        statusUrl: requestStatusUrl(ctx, row.id),
        months: input.months,
        reason,
        dueOn: row.due_at,
      }),
    ),
  );
  return due ? { due } : {};
}
