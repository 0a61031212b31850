import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

/** The base activity carried out as processor: no basis or ground of its own, the controller's instead. */
const asProcessor = (fields: Record<string, unknown> = {}): Patch => ({
  activities: {
    shop: { role: "processor", controller: "de klant", agreement: "signed", requirement: undefined, ...fields },
  },
});

describe("processor-role activities", () => {
  ruleCases([
    {
      name: "a processor activity without a processing agreement",
      rule: "processor-activity-without-agreement",
      severity: "error",
      patch: asProcessor({ agreement: undefined }),
      at: ["shop:", "role: ^processor"],
      fixed: asProcessor(),
    },
    {
      name: "a processor activity whose agreement is pending",
      rule: "processor-activity-without-agreement",
      severity: "warning",
      patch: asProcessor({ agreement: "pending" }),
      at: ["shop:", "agreement: ^pending"],
      says: "pending",
      fixed: asProcessor(),
    },
    {
      name: "a controller activity without a legal basis",
      rule: "legal-basis-missing",
      severity: "error",
      patch: { activities: { shop: { legal_basis: undefined, requirement: undefined } } },
      at: ["^shop:"],
      fixed: asProcessor({ legal_basis: undefined }),
      fixedName: "the same activity carried out as processor",
    },
    {
      name: "a controller activity with health data and no Art. 9 ground",
      rule: "special-category-without-ground",
      severity: "error",
      patch: { activities: { shop: { data_categories: ["identity.name", "special.health"] } } },
      at: ["data_categories:", "- ^special.health"],
      fixed: asProcessor({ legal_basis: undefined, data_categories: ["identity.name", "special.health"] }),
      fixedName: "the same activity carried out as processor",
    },
    {
      name: "a controller activity on legitimate interest without the interest",
      rule: "legitimate-interest-undescribed",
      severity: "error",
      patch: { activities: { shop: { legal_basis: "legitimate_interest", requirement: undefined } } },
      at: ["shop:", "legal_basis: ^legitimate_interest"],
      fixed: asProcessor({ legal_basis: "legitimate_interest" }),
      fixedName: "the same activity carried out as processor",
    },
    {
      name: "a controller activity that keeps invoices 2 years",
      rule: "tax-retention-too-short",
      severity: "error",
      patch: { activities: { shop: { data_categories: ["identity.name", "financial.invoice"] } } },
      at: ["shop:", "retention: ^orders"],
      fixed: asProcessor({ legal_basis: undefined, data_categories: ["identity.name", "financial.invoice"] }),
      fixedName: "the same activity carried out as processor for a customer",
    },
    {
      name: "a controller activity about children without parental consent",
      rule: "children-without-parental-consent",
      severity: "error",
      patch: {
        subjects: { pupils: { name: "leerlingen", kind: "child" } },
        activities: { shop: { subjects: ["customers", "pupils"] } },
      },
      at: ["shop:", "- ^pupils"],
      fixed: {
        subjects: { pupils: { name: "leerlingen", kind: "child" } },
        ...asProcessor({ legal_basis: undefined, subjects: ["customers", "pupils"] }),
      },
      fixedName: "the same activity carried out as processor for a school",
    },
  ]);
});
