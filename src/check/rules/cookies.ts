import type { Cookie } from "../../register/index.js";
import type { Rule } from "../rule.js";

/** Strictly necessary for the service asked for, or for transmission (Tw art. 11.7a(3)). */
const EXEMPT_PURPOSES = new Set<Cookie["purpose"]>(["necessary", "functional"]);

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
function failedConditions(cookie: Cookie): string[] {
  const exemption = cookie.analytics_exemption;
  if (!exemption) return [...CONDITIONS];
  const failed: string[] = CONDITIONS.filter((c) => !exemption[c]);
  if (exemption.first_party === false || cookie.party === "third") failed.push("first_party");
  return failed;
}

/** Analytics with every exemption condition recorded as met may do without consent. */
function exemptAnalytics(cookie: Cookie): boolean {
  return (
    cookie.purpose === "analytics" && cookie.analytics_exemption !== undefined && failedConditions(cookie).length === 0
  );
}

/**
 * Whether placing the cookie needs consent: anything but a strictly necessary or functional cookie, or
 * analytics that meets every exemption condition. `waarborg scan` asks the same when it sees one.
 */
export function cookieNeedsConsent(cookie: Cookie): boolean {
  return !EXEMPT_PURPOSES.has(cookie.purpose) && !exemptAnalytics(cookie);
}

export const cookieWithoutConsent: Rule = {
  id: "cookie-without-consent",
  severity: "error",
  article: "Tw art. 11.7a(1)",
  summary: "A cookie that is not strictly necessary is set only after consent.",
  hint: "add consent_purpose: the purpose under consent.purposes the banner asks for",
  *run({ register }) {
    for (const [i, cookie] of register.cookies.entries()) {
      if (EXEMPT_PURPOSES.has(cookie.purpose) || cookie.consent_purpose || exemptAnalytics(cookie)) continue;
      const why = cookie.analytics_exemption ? " (its analytics exemption is incomplete)" : "";
      yield {
        path: ["cookies", i, "purpose"],
        message: `Cookie "${cookie.name}" is for ${cookie.purpose} but is not tied to a consent purpose${why}.`,
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
    for (const [i, cookie] of register.cookies.entries()) {
      if (!cookie.analytics_exemption) continue;
      const failed = failedConditions(cookie);
      const first = failed[0];
      if (first === undefined) continue;
      yield {
        path: ["cookies", i, "analytics_exemption", first],
        message: `Cookie "${cookie.name}" claims the analytics exemption, but ${failed.join(", ")} ${failed.length === 1 ? "is" : "are"} not met. The AP withdrew its recipe for privacy-friendly Google Analytics, so third-party analytics is treated as needing consent unless every condition holds.`,
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
    for (const [i, cookie] of register.cookies.entries()) {
      if (cookie.legal_basis === "legitimate_interest") {
        yield {
          path: ["cookies", i, "legal_basis"],
          message: `Cookie "${cookie.name}" relies on legitimate interest, which is no ground for storing or reading data on a device.`,
        };
      }
    }
  },
};
