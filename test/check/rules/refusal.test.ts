import { describe } from "vitest";
import { ruleCases } from "../helpers.js";

describe("refusal grounds", () => {
  ruleCases([
    {
      name: "refusing unreasonable requests",
      rule: "refusal-too-broad",
      severity: "error",
      patch: { rights: { refusal: "Wij weigeren onredelijke verzoeken." } },
      at: ["refusal: ^Wij"],
      says: "onredelijke",
      fixed: { rights: { refusal: "Wij weigeren alleen kennelijk ongegronde of buitensporige verzoeken." } },
    },
    {
      name: "a per-right refusal at the company's discretion, in English",
      rule: "refusal-too-broad",
      severity: "error",
      patch: {
        rights: {
          per_right: {
            erasure: { refusal: { nl: "Wij bewaren facturen zeven jaar.", en: "We may refuse at our discretion." } },
          },
        },
      },
      at: ["erasure:", "en: ^We"],
      fixed: {
        rights: {
          per_right: {
            erasure: { refusal: { nl: "Wij bewaren facturen zeven jaar.", en: "We keep invoices for seven years." } },
          },
        },
      },
    },
    {
      name: "legal claims as a ground to refuse access",
      rule: "refusal-ground-not-applicable",
      severity: "error",
      patch: { rights: { per_right: { access: { refusal_grounds: ["manifestly_unfounded", "legal_claims"] } } } },
      at: ["access:", "- ^legal_claims"],
      says: "access",
      fixed: { rights: { per_right: { erasure: { refusal_grounds: ["manifestly_unfounded", "legal_claims"] } } } },
      fixedName: "legal claims as a ground to refuse erasure",
    },
  ]);
});
