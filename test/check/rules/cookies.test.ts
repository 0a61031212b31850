import { describe } from "vitest";
import type { z } from "zod";
import type { Cookie } from "../../../src/register/schema/consent.js";
import { type Patch, ruleCases } from "../helpers.js";

const purposes = {
  stats: { name: "Statistieken", description: "bezoek meten", withdrawal: "via de cookie-instellingen" },
  ads: { name: "Advertenties", description: "gerichte advertenties", withdrawal: "via de cookie-instellingen" },
};
const exemption = {
  processor_agreement: true,
  ip_masked: true,
  data_sharing_off: true,
  no_advertising_features: true,
  no_user_id: true,
};
const cookie = (fields: Omit<z.input<typeof Cookie>, "name">): Patch => ({
  cookies: [
    { name: "session", purpose: "necessary" },
    { name: "_track", ...fields },
  ],
  consent: { purposes, gpc: { honour: true } },
});
const banner = (fields: Record<string, unknown>): Patch => ({ consent: { purposes, banner: fields } });

describe("cookie and banner rules", () => {
  ruleCases([
    {
      name: "a marketing cookie without consent",
      rule: "cookie-without-consent",
      severity: "error",
      patch: cookie({ purpose: "marketing" }),
      at: ["_track", "purpose: ^marketing"],
      says: '"_track"',
      fixed: cookie({ purpose: "marketing", consent_purpose: "ads" }),
    },
    {
      name: "analytics with an incomplete exemption",
      rule: "cookie-without-consent",
      severity: "error",
      patch: cookie({ purpose: "analytics", analytics_exemption: { ...exemption, ip_masked: false } }),
      at: ["_track", "purpose: ^analytics"],
      says: "incomplete",
      fixed: cookie({ purpose: "analytics", analytics_exemption: exemption }),
      fixedName: "analytics that meets every exemption condition",
    },
    {
      name: "third-party analytics claiming every AP condition (the withdrawn Google Analytics recipe)",
      rule: "cookie-without-consent",
      severity: "error",
      patch: cookie({
        purpose: "analytics",
        party: "third",
        analytics_exemption: { ...exemption, first_party: false },
      }),
      at: ["_track", "purpose: ^analytics"],
      says: "incomplete",
      fixed: cookie({ purpose: "analytics", party: "first", analytics_exemption: { ...exemption, first_party: true } }),
      fixedName: "first-party analytics meeting every condition",
    },
    {
      name: "an exemption with failed conditions, naming them and the withdrawn AP recipe",
      rule: "analytics-exemption-incomplete",
      severity: "warning",
      patch: cookie({
        purpose: "analytics",
        consent_purpose: "stats",
        analytics_exemption: { ...exemption, data_sharing_off: false, no_user_id: false },
      }),
      at: ["analytics_exemption:", "data_sharing_off: ^false"],
      says: /data_sharing_off, no_user_id are not met.*AP withdrew/,
      fixed: cookie({ purpose: "analytics", consent_purpose: "stats" }),
      fixedName: "analytics on consent without an exemption claim",
    },
    {
      name: "a cookie on legitimate interest",
      rule: "cookie-legitimate-interest",
      severity: "error",
      patch: cookie({ purpose: "marketing", consent_purpose: "ads", legal_basis: "legitimate_interest" }),
      at: ["_track", "legal_basis: ^legitimate_interest"],
      fixed: cookie({ purpose: "marketing", consent_purpose: "ads", legal_basis: "consent" }),
    },
    {
      name: "pre-ticked boxes",
      rule: "banner-prechecked",
      severity: "error",
      patch: banner({ prechecked: true }),
      at: ["banner:", "prechecked: ^true"],
      fixed: banner({ prechecked: false }),
    },
    {
      name: "no reject on the first layer",
      rule: "banner-reject-not-equal",
      severity: "error",
      patch: banner({ reject_on_first_layer: false }),
      at: ["banner:", "reject_on_first_layer: ^false"],
      fixed: banner({ reject_on_first_layer: true }),
    },
    {
      name: "a cookie wall",
      rule: "cookie-wall",
      severity: "error",
      patch: banner({ cookie_wall: true }),
      at: ["banner:", "cookie_wall: ^true"],
      fixed: banner({ cookie_wall: false }),
    },
    {
      name: "consent through the IAB TCF",
      rule: "tcf-consent",
      severity: "error",
      patch: banner({ tcf: true }),
      at: ["banner:", "tcf: ^true"],
      says: "AP",
      fixed: banner({ tcf: false }),
    },
    {
      name: "no persistent withdrawal link",
      rule: "banner-withdraw-link-missing",
      severity: "error",
      patch: banner({ withdraw_link: false }),
      at: ["banner:", "withdraw_link: ^false"],
      fixed: banner({}),
      fixedName: "the default banner",
    },
    {
      name: "analytics cookies with GPC switched off",
      rule: "gpc-not-honoured",
      severity: "warning",
      patch: {
        ...cookie({ purpose: "analytics", consent_purpose: "stats" }),
        consent: { purposes, gpc: { honour: false } },
      },
      at: ["gpc:", "honour: ^false"],
      fixed: cookie({ purpose: "analytics", consent_purpose: "stats" }),
    },
    {
      name: "marketing cookies without any GPC setting",
      rule: "gpc-not-honoured",
      severity: "warning",
      patch: { ...cookie({ purpose: "marketing", consent_purpose: "ads" }), consent: { purposes } },
      at: ["_track", "purpose: ^marketing"],
      fixed: { ...cookie({ purpose: "preferences", consent_purpose: "ads" }), consent: { purposes } },
      fixedName: "only preference cookies",
    },
  ]);
});
