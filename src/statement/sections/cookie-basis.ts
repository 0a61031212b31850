import type { Cookie } from "../../register/index.js";

/** How a cookie is justified, as the register records it; consent unless necessary or explicitly exempt. */
export type CookieBasis = "necessary" | "exempt" | "legitimate_interest" | "consent";

/** The same for a single cookie and for a category of cookies: both record a purpose and a legal basis. */
export function cookieBasis(cookie: Pick<Cookie, "purpose" | "legal_basis">): CookieBasis {
  if (cookie.legal_basis === "legitimate_interest") return "legitimate_interest";
  if (cookie.purpose === "necessary") return "necessary";
  if (cookie.legal_basis === "exempt") return "exempt";
  return "consent";
}
