import { type CookieDeclaration, cookieDeclarations, type Register } from "../../register/index.js";
import type { Finding, Rule } from "../rule.js";

// Single cookies and cookie categories are judged alike: a category declares the same facts for every
// cookie of its kind, so it needs consent, or an exemption, exactly as one such cookie would.

/** Strictly necessary for the service asked for, or for transmission (Tw art. 11.7a(3)). */
/** What judging a cookie needs: a single cookie of the register has it as well as a declaration. */
type Judged = Pick<CookieDeclaration, "purpose"> & Partial<Pick<CookieDeclaration, "analytics_exemption" | "party">>;

const EXEMPT_PURPOSES = new Set<CookieDeclaration["purpose"]>(["necessary", "functional"]);

const CONDITIONS = [
  "processor_agreement",
  "ip_masked",
  "data_sharing_off",
  "no_advertising_features",
  "no_user_id",
] as const;

/**
 * The conditions a cookie's exemption does not meet. Beyond the AP's five, the tool must be first
 * party: the AP withdrew its recipe for privacy-friendly Google Analytics, and LAW.md's stricter reading
 * treats third-party analytics as needing consent whatever settings the register records.
 */
function failedConditions(cookie: Judged): string[] {
  const exemption = cookie.analytics_exemption;
  if (!exemption) return [...CONDITIONS];
  const failed: string[] = CONDITIONS.filter((c) => !exemption[c]);
  if (exemption.first_party === false || cookie.party === "third") failed.push("first_party");
  return failed;
}

/** Analytics with every exemption condition recorded as met may do without consent. */
function exemptAnalytics(cookie: Judged): boolean {
  return (
    cookie.purpose === "analytics" && cookie.analytics_exemption !== undefined && failedConditions(cookie).length === 0
  );
}

/**
 * Needs consent before it is set: neither strictly necessary nor analytics meeting every condition.
 * `waarborg scan` asks the same of each cookie it sees.
 */
export function nonEssential(cookie: Judged): boolean {
  return !EXEMPT_PURPOSES.has(cookie.purpose) && !exemptAnalytics(cookie);
}

/** How a finding names it: `Cookie "_ga"` or `The analytics cookie category`. */
export function named(cookie: CookieDeclaration): string {
  return cookie.form === "cookie" ? `Cookie "${cookie.label}"` : `The ${cookie.label} cookie category`;
}

/** Where a finding about its purpose points: a cookie's purpose field, a category's key (which is its purpose). */
export function purposeAt(cookie: CookieDeclaration): Pick<Finding, "path" | "atKey"> {
  return cookie.form === "cookie" ? { path: [...cookie.path, "purpose"] } : { path: cookie.path, atKey: true };
}

export const cookieWithoutConsent: Rule = {
  id: "cookie-without-consent",
  severity: "error",
  article: "Tw art. 11.7a(1)",
  summary: "A cookie or cookie category that is not strictly necessary is set only after consent.",
  hint: "add consent_purpose: the purpose under consent.purposes the banner asks for",
  *run({ register }) {
    for (const cookie of cookieDeclarations(register)) {
      if (!nonEssential(cookie) || cookie.consent_purpose) continue;
      const why = cookie.analytics_exemption ? " (its analytics exemption is incomplete)" : "";
      yield {
        ...purposeAt(cookie),
        message: `${named(cookie)} is for ${cookie.purpose} but is not tied to a consent purpose${why}.`,
      };
    }
  },
};

export const analyticsExemptionIncomplete: Rule = {
  id: "analytics-exemption-incomplete",
  severity: "warning",
  article: "Tw art. 11.7a(3)(b)",
  summary: "Analytics claimed exempt from consent meets every exemption condition.",
  *run({ register }) {
    for (const cookie of cookieDeclarations(register)) {
      if (!cookie.analytics_exemption) continue;
      const failed = failedConditions(cookie);
      const first = failed[0];
      if (first === undefined) continue;
      yield {
        path: [...cookie.path, "analytics_exemption", first],
        message: `${named(cookie)} claims the analytics exemption, but ${failed.join(", ")} ${failed.length === 1 ? "is" : "are"} not met. The AP withdrew its recipe for privacy-friendly Google Analytics, so third-party analytics is treated as needing consent unless every condition holds.`,
        hint: "meet every condition, or ask consent (consent_purpose)",
      };
    }
  },
};

export const cookieLegitimateInterest: Rule = {
  id: "cookie-legitimate-interest",
  severity: "error",
  article: "Tw art. 11.7a, EDPB Cookie Banner Taskforce report (2023)",
  summary: "Legitimate interest cannot justify placing or reading cookies.",
  hint: "ask consent for this cookie, or remove it",
  *run({ register }) {
    for (const cookie of cookieDeclarations(register)) {
      if (cookie.legal_basis === "legitimate_interest") {
        yield {
          path: [...cookie.path, "legal_basis"],
          message: `${named(cookie)} relies on legitimate interest, which is no ground for storing or reading data on a device.`,
        };
      }
    }
  },
};

/**
 * The first place the register records cookies that need consent: a cookie or category, else a kind a
 * cookie policy says it covers (a policy's cookies are not described here, so none of them is exempt).
 */
function firstNonEssential(register: Register): Pick<Finding, "path" | "atKey"> | undefined {
  const declared = cookieDeclarations(register).find(nonEssential);
  if (declared) return purposeAt(declared);
  const covers = register.cookie_policy?.covers ?? [];
  const index = covers.findIndex((kind) => !EXEMPT_PURPOSES.has(kind));
  return index < 0 ? undefined : { path: ["cookie_policy", "covers", index] };
}

export const nonEssentialCookiesWithoutBanner: Rule = {
  id: "non-essential-cookies-without-banner",
  severity: "error",
  article: "Tw art. 11.7a(1)",
  summary: "Cookies that need consent come with a described consent banner that asks for it.",
  hint: "describe the banner under consent.banner",
  *run({ register }) {
    if (register.consent?.banner) return;
    const at = firstNonEssential(register);
    if (!at) return;
    yield {
      ...at,
      message:
        "The register declares cookies that need consent but describes no consent banner (consent.banner) that asks for it, refuses it and lets it be withdrawn.",
    };
  },
};
