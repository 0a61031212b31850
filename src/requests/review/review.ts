import type { Lang, RequestType } from "../../kernel/index.js";
import type { RequestRow } from "../../store/index.js";
import { OperationError } from "../errors.js";
import { checkReason } from "../officer.js";

/**
 * Human review of an automated decision (Art. 22(3)) is a person's work, not the engine's: no worker
 * runs a job for it. A reviewer takes the request and records the outcome in the console or the CLI.
 */
export const HUMAN_REVIEWED = ["automated_decision_review"] as const satisfies readonly RequestType[];

export function isHumanReviewed(type: RequestType): boolean {
  return (HUMAN_REVIEWED as readonly RequestType[]).includes(type);
}

/** What a review can come to: the decision stands, is changed, or is withdrawn. */
export const REVIEW_OUTCOMES = ["upheld", "changed", "withdrawn"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** The reviewer's reasons in the two languages; the request's own language is always there. */
export type ReviewReasons = Partial<Record<Lang, string>>;

export interface ReviewRecord {
  outcome: ReviewOutcome;
  reasons: ReviewReasons;
}

/** What the reviewer hands in, as any transport passes it on. */
export interface ReviewInput {
  outcome: unknown;
  reasons: { nl?: unknown; en?: unknown };
  /** The reviewer confirms they read and weighed the person's point of view (Art. 22(3)). */
  viewConsidered: unknown;
}

/** Checks a review against its request: a known outcome, the view considered, reasons the person can read. */
export function checkReview(row: Pick<RequestRow, "type" | "lang">, input: ReviewInput): ReviewRecord {
  if (!isHumanReviewed(row.type))
    throw new OperationError(undefined, "only a request for human review gets a review", "not-a-review");
  if (!(REVIEW_OUTCOMES as readonly unknown[]).includes(input.outcome))
    throw new OperationError("outcome", `one of ${REVIEW_OUTCOMES.join(", ")}`, "outcome-unknown");
  if (input.viewConsidered !== true)
    throw new OperationError(
      "view_considered",
      "confirm that the person's point of view was considered",
      "view-not-considered",
    );
  const reasons: ReviewReasons = {};
  for (const lang of ["nl", "en"] as const) {
    const given = input.reasons[lang];
    const empty = given === undefined || (typeof given === "string" && given.trim() === "");
    // The person reads the outcome in the language they filed in; the other one is optional.
    if (empty && lang !== row.lang) continue;
    reasons[lang] = checkReason(given, `reasons.${lang}`);
  }
  return { outcome: input.outcome as ReviewOutcome, reasons };
}
