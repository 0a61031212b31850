import type { Actor, ServiceContext } from "../../context/index.js";
import { changeRequest } from "../change.js";
import { OperationError } from "../errors.js";
import { isHumanReviewed } from "../review/review.js";

/** The event that says a reviewer took a request for human review: verified -> in progress. */
export const REVIEW_TAKEN_EVENT = "review_taken";

/**
 * A reviewer takes a verified request for human review of an automated decision (Art. 22(3)): it is
 * in progress from now on, with who took it in its history and the audit log. A second take of the
 * same request is refused by the lifecycle: it is no longer verified.
 */
export async function takeReview(ctx: ServiceContext, input: { requestId: string; actor: Actor }): Promise<void> {
  await changeRequest(ctx, input.requestId, {
    actor: input.actor,
    kind: REVIEW_TAKEN_EVENT,
    event: "start",
    guard: (row) => {
      if (!isHumanReviewed(row.type))
        throw new OperationError(undefined, "only a request for human review is taken by a reviewer", "not-a-review");
    },
  });
}
