import { describe } from "vitest";
import type { COOKIE_PURPOSES, NoneFact } from "../../../src/register/index.js";
import { type Patch, ruleCases } from "../helpers.js";

// The base register says none: [cookies, automated_decisions, dpo]; declaring cookies takes cookies out.
const none: NoneFact[] = ["automated_decisions", "dpo"];
const purposes = {
  stats: { name: "Statistieken", description: "bezoek meten", withdrawal: "via de cookie-instellingen" },
  ads: { name: "Advertenties", description: "gerichte advertenties", withdrawal: "via de cookie-instellingen" },
};
const banner = { reject_on_first_layer: true };
const exemption = {
  processor_agreement: true,
  ip_masked: true,
  data_sharing_off: true,
  no_advertising_features: true,
  no_user_id: true,
};
const categories = (cookie_categories: Record<string, unknown>, consent: Record<string, unknown> = {}): Patch => ({
  none,
  cookie_categories,
  consent: { purposes, banner, gpc: { honour: true }, ...consent },
});
const policy = (
  covers: (typeof COOKIE_PURPOSES)[number][] | undefined,
  consent: Record<string, unknown> = {},
): Patch => ({
  none,
  cookie_policy: { url: "https://voorbeeld.example/cookies", ...(covers ? { covers } : {}) },
  consent: { purposes, gpc: { honour: true }, ...consent },
});
const collectsCookieIds = { activities: { shop: { data_categories: ["identity.name", "online.cookie_id"] } } };

describe("cookie categories and the cookie policy", () => {
  ruleCases([
    {
      name: "a marketing category without consent",
      rule: "cookie-without-consent",
      severity: "error",
      patch: categories({ necessary: {}, marketing: { providers: ["Advertentienetwerk"] } }),
      at: ["cookie_categories:", "^marketing:"],
      says: "The marketing cookie category",
      fixed: categories({ necessary: {}, marketing: { providers: ["Advertentienetwerk"], consent_purpose: "ads" } }),
    },
    {
      name: "an analytics category whose exemption fails a condition",
      rule: "analytics-exemption-incomplete",
      severity: "warning",
      patch: categories({
        analytics: { consent_purpose: "stats", analytics_exemption: { ...exemption, ip_masked: false } },
      }),
      at: ["cookie_categories:", "analytics_exemption:", "ip_masked: ^false"],
      says: "ip_masked is not met",
      fixed: categories({ analytics: { analytics_exemption: exemption } }),
      fixedName: "a category meeting every condition",
    },
    {
      name: "third-party analytics in a category claiming the exemption",
      rule: "cookie-without-consent",
      severity: "error",
      patch: categories({ analytics: { party: "third", analytics_exemption: exemption } }),
      at: ["cookie_categories:", "^analytics:"],
      says: "incomplete",
      fixed: categories({ analytics: { party: "first", analytics_exemption: exemption } }),
    },
    {
      name: "a category on legitimate interest",
      rule: "cookie-legitimate-interest",
      severity: "error",
      patch: categories({ preferences: { consent_purpose: "stats", legal_basis: "legitimate_interest" } }),
      at: ["cookie_categories:", "legal_basis: ^legitimate_interest"],
      says: "The preferences cookie category",
      fixed: categories({ preferences: { consent_purpose: "stats", legal_basis: "consent" } }),
    },
    {
      name: "a category naming an unknown consent purpose",
      rule: "reference-unknown",
      severity: "error",
      patch: categories({ social: { consent_purpose: "sociaal" } }),
      at: ["cookie_categories:", "consent_purpose: ^sociaal"],
      fixed: categories({ social: { consent_purpose: "ads" } }),
    },
    {
      name: "a marketing category without GPC",
      rule: "gpc-not-honoured",
      severity: "warning",
      patch: {
        ...categories({ marketing: { consent_purpose: "ads" } }),
        consent: { purposes, banner, gpc: undefined },
      },
      at: ["cookie_categories:", "^marketing:"],
      fixed: categories({ marketing: { consent_purpose: "ads" } }),
    },
    {
      name: "a cookie policy covering advertising cookies, without GPC",
      rule: "gpc-not-honoured",
      severity: "warning",
      patch: { ...policy(["necessary", "marketing"], { banner }), consent: { purposes, banner, gpc: undefined } },
      at: ["cookie_policy:", "covers:", "- ^marketing"],
      fixed: { ...policy(["necessary"]), consent: { purposes, gpc: undefined } },
      fixedName: "a policy covering necessary cookies only",
    },
    {
      name: "an analytics category that needs consent, with no banner described",
      rule: "non-essential-cookies-without-banner",
      severity: "error",
      patch: categories({ necessary: {}, analytics: { consent_purpose: "stats" } }, { banner: undefined }),
      at: ["cookie_categories:", "^analytics:"],
      says: "consent.banner",
      fixed: categories({ necessary: {}, analytics: { consent_purpose: "stats" } }),
      fixedName: "the same category with a banner",
    },
    {
      name: "a single marketing cookie, with no banner described",
      rule: "non-essential-cookies-without-banner",
      severity: "error",
      patch: {
        none,
        cookies: [
          { name: "sessie", purpose: "necessary" },
          { name: "_ads", purpose: "marketing", consent_purpose: "ads" },
        ],
        consent: { purposes, gpc: { honour: true } },
      },
      at: ["_ads", "purpose: ^marketing"],
      fixed: {
        none,
        cookies: [
          { name: "sessie", purpose: "necessary" },
          { name: "_stats", purpose: "analytics", analytics_exemption: exemption },
        ],
        consent: { purposes, gpc: { honour: true } },
      },
      fixedName: "only necessary cookies and exempt analytics",
    },
    {
      name: "a cookie policy covering analytics, with no banner described",
      rule: "non-essential-cookies-without-banner",
      severity: "error",
      patch: policy(["functional", "analytics"]),
      at: ["cookie_policy:", "covers:", "- ^analytics"],
      fixed: policy(["functional", "analytics"], { banner }),
      fixedName: "the same policy with a banner",
    },
    {
      name: "none: [cookies] beside a declared category",
      rule: "none-contradicted",
      severity: "error",
      patch: { ...categories({ necessary: {} }), none: ["cookies", ...none] },
      at: ["cookie_categories:", "^necessary:"],
      says: "necessary cookie category",
      fixed: categories({ necessary: {} }),
    },
    {
      name: "none: [cookies] beside a cookie policy",
      rule: "none-contradicted",
      severity: "error",
      patch: { ...policy(undefined), none: ["cookies", ...none] },
      at: ["^cookie_policy:"],
      says: "cookie policy",
      fixed: policy(undefined),
    },
    {
      name: "an activity collecting cookie identifiers while no cookies are declared",
      rule: "cookies-unrecorded",
      severity: "error",
      patch: { ...collectsCookieIds, none },
      at: ["data_categories:", "- ^online.cookie_id"],
      says: 'Activity "shop" collects cookie identifiers',
      fixed: { ...collectsCookieIds, ...categories({ necessary: {} }) },
      fixedName: "the same activity with a declared category",
    },
    {
      name: "an activity collecting device details while no cookies are declared",
      rule: "cookies-unrecorded",
      severity: "error",
      patch: { activities: { shop: { data_categories: ["online.device"] } }, none },
      at: ["data_categories:", "- ^online.device"],
      says: "device and browser details",
      fixed: { activities: { shop: { data_categories: ["online.device"] } }, ...policy(undefined) },
      fixedName: "the same activity with a cookie policy",
    },
    {
      name: "an activity collecting a register's own category kept on the device",
      rule: "cookies-unrecorded",
      severity: "error",
      patch: {
        taxonomy: { data_categories: { "online.visits": { label: "bezoeken", on_device: true } } },
        activities: { shop: { data_categories: ["online.visits"] } },
        none,
      },
      at: ["data_categories:", "- ^online.visits"],
      fixed: {
        taxonomy: { data_categories: { "online.visits": { label: "bezoeken" } } },
        activities: { shop: { data_categories: ["online.visits"] } },
        none: ["cookies", ...none],
      },
      fixedName: "the category without on_device, beside none: [cookies]",
    },
  ]);
});
