import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

// The base register says none: [cookies, automated_decisions, dpo]; each case takes one away.
const BASE_NONE = ["cookies", "automated_decisions", "dpo"] as const;
const noneWithout = (fact: (typeof BASE_NONE)[number]): Patch => ({ none: BASE_NONE.filter((f) => f !== fact) });

describe("unrecorded Art. 13 elements and what none denies", () => {
  ruleCases([
    {
      name: "a register without recipients that does not say none",
      rule: "recipients-unrecorded",
      severity: "error",
      patch: { recipients: undefined, activities: { shop: { recipients: [] } } },
      at: ["^organization:"],
      fixed: { recipients: undefined, activities: { shop: { recipients: [] } }, none: [...BASE_NONE, "recipients"] },
      fixedName: "none: [recipients]",
    },
    {
      name: "a recipient whose location is not recorded",
      rule: "transfers-unrecorded",
      severity: "error",
      patch: { recipients: { hosting: { location: undefined } } },
      at: ["recipients:", "^hosting:"],
      says: "EEA",
      fixed: { recipients: { hosting: { location: undefined } }, none: [...BASE_NONE, "transfers"] },
      fixedName: "none: [transfers]",
    },
    {
      name: "a register silent on automated decisions",
      rule: "automated-decisions-unrecorded",
      severity: "error",
      patch: noneWithout("automated_decisions"),
      at: ["^organization:"],
      fixed: {
        ...noneWithout("automated_decisions"),
        automated_decisions: { score: { name: "Score", legal_effect: false } },
      },
      fixedName: "a recorded automated decision",
    },
    {
      name: "a register silent on the DPO",
      rule: "dpo-unrecorded",
      severity: "error",
      patch: noneWithout("dpo"),
      at: ["^organization:"],
      fixed: { ...noneWithout("dpo"), organization: { dpo: { email: "fg@voorbeeld.example" } } },
      fixedName: "a named DPO",
    },
    {
      name: "a register silent on cookies",
      rule: "cookies-unrecorded",
      severity: "warning",
      patch: noneWithout("cookies"),
      at: ["^organization:"],
      fixed: { ...noneWithout("cookies"), cookies: [{ name: "sessie", purpose: "necessary" }] },
      fixedName: "a listed cookie",
    },
    {
      name: "none: [transfers] beside a recipient in the US",
      rule: "none-contradicted",
      severity: "error",
      patch: { none: [...BASE_NONE, "transfers"], recipients: { hosting: { location: ["US"] } } },
      at: ["hosting:", "location:", "^- US"],
      says: "outside",
      fixed: { none: [...BASE_NONE, "transfers"] },
    },
    {
      name: "none: [cookies] beside an activity that collects cookie identifiers",
      rule: "none-contradicted",
      severity: "error",
      patch: { activities: { shop: { data_categories: ["identity.name", "online.cookie_id"] } } },
      at: ["data_categories:", "- ^online.cookie_id"],
      says: "cookie identifiers",
      fixed: {
        ...noneWithout("cookies"),
        activities: { shop: { data_categories: ["identity.name", "online.cookie_id"] } },
      },
      fixedName: "the same activity without none: [cookies]",
    },
    {
      name: "none: [dpo] beside a named DPO",
      rule: "none-contradicted",
      severity: "error",
      patch: { organization: { dpo: { email: "fg@voorbeeld.example" } } },
      at: ["^dpo:"],
      fixed: { ...noneWithout("dpo"), organization: { dpo: { email: "fg@voorbeeld.example" } } },
    },
  ]);
});
