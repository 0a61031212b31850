import type { CookieCategory } from "./schema/cookie-categories.js";
import type { Cookie } from "./schema/consent.js";
import type { Register } from "./schema/register.js";
import type { Path } from "./source.js";

/**
 * A single cookie or a category of cookies, as far as the cookie rules, the statement and the banner
 * treat them alike: what they are for, how they are justified and where the register says so.
 */
export interface CookieDeclaration {
  form: "cookie" | "category";
  /** The cookie's name, or the category's kind: how a finding names it. */
  label: string;
  /** Where it is declared: `cookies.<i>` or `cookie_categories.<kind>`. */
  path: Path;
  purpose: Cookie["purpose"];
  consent_purpose: string | undefined;
  legal_basis: Cookie["legal_basis"];
  analytics_exemption: Cookie["analytics_exemption"];
  /** Undefined for a category that does not record it. */
  party: Cookie["party"] | undefined;
}

/** Every cookie and category the register declares: single cookies in order, then categories in order. */
export function cookieDeclarations(register: Register): CookieDeclaration[] {
  const single = register.cookies.map((cookie, i): CookieDeclaration => ({
    form: "cookie",
    label: cookie.name,
    path: ["cookies", i],
    purpose: cookie.purpose,
    consent_purpose: cookie.consent_purpose,
    legal_basis: cookie.legal_basis,
    analytics_exemption: cookie.analytics_exemption,
    party: cookie.party,
  }));
  const categories = declaredCategories(register).map(([purpose, category]): CookieDeclaration => ({
    form: "category",
    label: purpose,
    path: ["cookie_categories", purpose],
    purpose,
    consent_purpose: category.consent_purpose,
    legal_basis: category.legal_basis,
    analytics_exemption: category.analytics_exemption,
    party: category.party,
  }));
  return [...single, ...categories];
}

/** The declared categories in register order, typed by their kind. */
export function declaredCategories(register: Register): [Cookie["purpose"], CookieCategory][] {
  return Object.entries(register.cookie_categories).flatMap(([purpose, category]) =>
    category ? [[purpose as Cookie["purpose"], category]] : [],
  );
}

/** Whether the register records cookies in any of its three forms: single cookies, categories, a policy. */
export function cookiesDeclared(register: Register): boolean {
  return (
    register.cookies.length > 0 ||
    Object.keys(register.cookie_categories).length > 0 ||
    register.cookie_policy !== undefined
  );
}
