import { constantTimeEqual } from "../crypto/index.js";

/**
 * Whether a form's CSRF token is the session's. A page on another site can make the browser post to
 * the console with its cookie, but it cannot read the token the console put in its own forms.
 */
export function csrfTokenMatches(session: { csrfToken: string }, submitted: unknown): boolean {
  return typeof submitted === "string" && submitted.length > 0 && constantTimeEqual(session.csrfToken, submitted);
}
