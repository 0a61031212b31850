import { declaredCategories, type Register } from "../../register/index.js";
import { cookieBasis } from "../../statement/index.js";
import type { PurposeKind } from "../banner/shape.js";

type CookiePurpose = Register["cookies"][number]["purpose"];

/** Cookie kinds that advertise or share with third parties: what GPC objects to. */
const ADVERTISING: readonly CookiePurpose[] = ["marketing", "social"];

/** A purpose the banner asks about: a consent purpose at least one consent-needing cookie or category serves. */
export interface BannerPurpose {
  id: string;
  kind: PurposeKind;
  /** Indexes into register.cookies, in register order. */
  cookies: number[];
  /** The kinds under register.cookie_categories it asks for, in register order. */
  categories: CookiePurpose[];
}

/**
 * The purposes the banner asks consent for, in the order the register declares them. A purpose
 * without a cookie or category that needs consent (a newsletter) is asked elsewhere; one that needs
 * consent but names no purpose cannot be asked for at all, and `check` reports it (cookie-without-consent).
 */
export function bannerPurposes(register: Register): BannerPurpose[] {
  const out: BannerPurpose[] = [];
  for (const id of Object.keys(register.consent?.purposes ?? {})) {
    const cookies = register.cookies.flatMap((cookie, index) =>
      cookie.consent_purpose === id && cookieBasis(cookie) === "consent" ? [index] : [],
    );
    const categories = declaredCategories(register).flatMap(([purpose, category]) =>
      category.consent_purpose === id && cookieBasis({ purpose, legal_basis: category.legal_basis }) === "consent"
        ? [purpose]
        : [],
    );
    if (cookies.length === 0 && categories.length === 0) continue;
    const kinds = [...cookies.map((index) => register.cookies[index]!.purpose), ...categories];
    const kind: PurposeKind = kinds.some((k) => ADVERTISING.includes(k))
      ? "advertising"
      : kinds.includes("analytics")
        ? "analytics"
        : "other";
    out.push({ id, kind, cookies, categories });
  }
  return out;
}

/** Indexes of the cookies set without asking: the banner tells people about them all the same. */
export function unaskedCookies(register: Register): number[] {
  return register.cookies.flatMap((cookie, index) => (cookieBasis(cookie) === "consent" ? [] : [index]));
}

/** The kinds of cookies set without asking, declared as categories: named on the banner as well. */
export function unaskedCategories(register: Register): CookiePurpose[] {
  return declaredCategories(register).flatMap(([purpose, category]) =>
    cookieBasis({ purpose, legal_basis: category.legal_basis }) === "consent" ? [] : [purpose],
  );
}
