import type { Actor, ServiceContext } from "../../context/index.js";
import { changeIn, inTransaction } from "../change.js";
import { reasonAudit } from "../officer.js";
import { mailOrRecord } from "../processing.js";
import { followUp } from "../process/follow-up.js";
import { loadRequest } from "../records.js";
import { checkReview, type ReviewInput, type ReviewRecord } from "../review/review.js";

/** The event that holds the reviewer's record: the outcome and its reasons. */
export const REVIEW_RECORDED_EVENT = "review_recorded";

/**
 * The reviewer records the outcome of a human review (Art. 22(3)): the person's view considered, the
 * decision upheld, changed or withdrawn, with reasons. The record and the completion are one
 * transaction; then the person is mailed the outcome, as after any completed request. The audit log
 * keeps the outcome and the reasons' hashes, not their words.
 */
export async function recordReview(
  ctx: ServiceContext,
  input: { requestId: string; actor: Actor } & ReviewInput,
): Promise<ReviewRecord> {
  const found = await loadRequest(ctx.store.db, input.requestId);
  const review = checkReview(found, input);
  const hashes = Object.fromEntries(
    Object.entries(review.reasons).map(([lang, text]) => [`reasons_${lang}_sha256`, reasonAudit(text).reason_sha256]),
  );
  const row = await inTransaction(ctx, async (trx) => {
    await changeIn(ctx, trx, input.requestId, {
      actor: input.actor,
      kind: REVIEW_RECORDED_EVENT,
      data: { outcome: review.outcome, reasons: review.reasons, view_considered: true },
      audit: { outcome: review.outcome, ...hashes },
    });
    // The lifecycle refuses this move unless the review is in progress, which undoes the record too:
    // a review is recorded once, and only after a reviewer took it.
    return changeIn(ctx, trx, input.requestId, {
      actor: input.actor,
      kind: "complete",
      event: "complete",
      data: { changed: review.outcome !== "upheld", review: { outcome: review.outcome, reasons: review.reasons } },
      audit: { outcome: review.outcome },
    });
  });
  await mailOrRecord(ctx, row.id, () => followUp(ctx, row));
  return review;
}
