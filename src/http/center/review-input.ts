import type { ReviewWords } from "./review-words.js";

/** A form post as form-input.ts reads it (its FormBody), named here so the two files do not import each other. */
type FormBody = Readonly<Record<string, string | readonly string[] | undefined>>;

const text = (body: FormBody, name: string): string => {
  const value = body[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
};

/**
 * The human-review fields as fileRequest's details. Empty optional fields are left out; an unanswered
 * "do you contest" is left out too, so the shared check refuses it with its field path.
 */
export function reviewDetails(body: FormBody): Record<string, unknown> {
  const reference = text(body, "decision_reference");
  const decidedOn = text(body, "decided_on");
  const contests = text(body, "contests");
  return {
    decision: text(body, "decision"),
    ...(reference ? { reference } : {}),
    ...(decidedOn ? { decided_on: decidedOn } : {}),
    view: text(body, "view"),
    ...(contests === "yes" ? { contests: true } : contests === "no" ? { contests: false } : {}),
  };
}

/** The form field an error path of a human-review request points at, with the message for it. */
export function reviewErrorAt(path: string, words: ReviewWords): { field: string; message: string } | undefined {
  if (path.startsWith("details.decision")) return { field: "decision", message: words.errors.decision };
  if (path.startsWith("details.reference")) return { field: "decision_reference", message: words.errors.reference };
  if (path.startsWith("details.decided_on")) return { field: "decided_on", message: words.errors.decidedOn };
  if (path.startsWith("details.view")) return { field: "view", message: words.errors.view };
  if (path.startsWith("details.contests")) return { field: "contests", message: words.errors.contests };
  return undefined;
}
