import type { Cookie } from "../../register/index.js";

/** How a cookie is justified, as the register records it; consent unless necessary or explicitly exempt. */
export type CookieBasis = "necessary" | "exempt" | "legitimate_interest" | "consent";

/**
 * The same for a single cookie and for a category of cookies: both record a purpose and a legal basis.
 * Functional cookies count as necessary, as `check` counts them (Tw art. 11.7a(3)): the statement must
 * not promise a consent the banner never asks.
 */
export function cookieBasis(cookie: Pick<Cookie, "purpose" | "legal_basis">): CookieBasis {
  if (cookie.legal_basis === "legitimate_interest") return "legitimate_interest";
  if (cookie.purpose === "necessary" || cookie.purpose === "functional") return "necessary";
  if (cookie.legal_basis === "exempt") return "exempt";
  return "consent";
}
