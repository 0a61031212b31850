/**
 * The kinds of data-subject request, one per right they exercise (Art. 15-18, 20, 21, 22(3) and 7(3)),
 * in the order the privacy center offers them.
 */
export const REQUEST_TYPES = [
  "access",
  "portability",
  "rectification",
  "erasure",
  "restriction",
  "objection",
  "withdrawal",
  "automated_decision_review",
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export function isRequestType(value: unknown): value is RequestType {
  return (REQUEST_TYPES as readonly unknown[]).includes(value);
}
