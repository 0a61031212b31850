import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

/** An activity on consent whose data the register says the contract requires, or not. */
const mailing = (requirement: Record<string, unknown>): Patch => ({
  activities: {
    mailing: {
      name: "Mailing",
      purpose: "aanbiedingen sturen",
      purpose_kind: "marketing.direct",
      legal_basis: "consent",
      consent_purpose: "offers",
      subjects: ["customers"],
      data_categories: ["contact.email"],
      retention: "orders",
      requirement,
    },
  },
  consent: {
    purposes: {
      offers: {
        name: "Aanbiedingen",
        description: "aanbiedingen per e-mail",
        mechanism: "double_opt_in",
        withdrawal: "afmeldlink in elke e-mail",
        unsubscribe_in_every_message: true,
      },
    },
  },
});

describe("consent as a condition of a contract", () => {
  ruleCases([
    {
      name: "consent the contract requires",
      rule: "consent-condition-of-contract",
      severity: "error",
      patch: mailing({ kind: "contract", consequence: "zonder toestemming geen account" }),
      at: ["mailing:", "kind: ^contract"],
      says: /not freely given/,
      fixed: mailing({ kind: "voluntary", consequence: "zonder toestemming geen aanbiedingen" }),
      fixedName: "consent that is voluntary to give",
    },
  ]);
});
