import { describe } from "vitest";
import { ruleCases } from "../helpers.js";

const balanced = { interest: "fraude voorkomen", balancing_test: { date: "2026-01-01", reference: "BT-1" } };

describe("legal basis rules", () => {
  ruleCases([
    {
      name: "an activity without a legal basis",
      rule: "legal-basis-missing",
      severity: "error",
      patch: { activities: { shop: { legal_basis: undefined, requirement: undefined } } },
      at: ["^shop:"],
      says: '"shop"',
      fixed: { activities: { shop: { legal_basis: "contract" } } },
    },
    {
      name: "legitimate interest without the interest",
      rule: "legitimate-interest-undescribed",
      severity: "error",
      patch: { activities: { shop: { legal_basis: "legitimate_interest" } } },
      at: ["shop:", "legal_basis: ^legitimate_interest"],
      fixed: { activities: { shop: { legal_basis: "legitimate_interest", legitimate_interest: balanced } } },
    },
    {
      name: "legitimate interest without a balancing test",
      rule: "legitimate-interest-unbalanced",
      severity: "warning",
      patch: {
        activities: {
          shop: { legal_basis: "legitimate_interest", legitimate_interest: { interest: "fraude voorkomen" } },
        },
      },
      at: ["shop:", "^legitimate_interest:"],
      says: "balancing test",
      fixed: { activities: { shop: { legal_basis: "legitimate_interest", legitimate_interest: balanced } } },
    },
    {
      name: "legitimate interest with neither interest nor test, at the basis",
      rule: "legitimate-interest-unbalanced",
      severity: "warning",
      patch: { activities: { shop: { legal_basis: "legitimate_interest" } } },
      at: ["shop:", "legal_basis: ^legitimate_interest"],
      fixed: { activities: { shop: { legal_basis: "consent", consent_purpose: "shop_consent" } } },
      fixedName: "another basis",
    },
    {
      name: "a contract basis without the consequence of not providing the data",
      rule: "requirement-missing",
      severity: "error",
      patch: { activities: { shop: { requirement: undefined } } },
      at: ["shop:", "legal_basis: ^contract"],
      fixed: { activities: { shop: { role: "processor", controller: "de klant", requirement: undefined } } },
      fixedName: "the same activity carried out as processor",
    },
    {
      name: "a legal obligation whose requirement has no consequence",
      rule: "requirement-missing",
      severity: "error",
      patch: {
        activities: { shop: { legal_basis: "legal_obligation", requirement: { kind: "law", consequence: undefined } } },
      },
      at: ["shop:", "legal_basis: ^legal_obligation"],
      says: "legal obligation",
      fixed: {
        activities: {
          shop: { legal_basis: "legal_obligation", requirement: { kind: "law", consequence: "anders geen factuur" } },
        },
      },
    },
  ]);
});
