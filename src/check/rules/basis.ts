import { LEGAL_BASES } from "../../register/index.js";
import type { Rule } from "../rule.js";

// A processor has no legal basis of its own: it processes on the controller's (Art. 28(3)(a)), so the
// basis rules look at controller activities only.

export const legalBasisMissing: Rule = {
  id: "legal-basis-missing",
  severity: "error",
  article: "GDPR Art. 6(1), Art. 13(1)(c)",
  summary: "Every activity carried out as controller names its legal basis.",
  hint: `add legal_basis: one of ${LEGAL_BASES.join(", ")}`,
  *run({ register }) {
    for (const [id, activity] of Object.entries(register.activities)) {
      if (activity.role === "processor") continue;
      if (!activity.legal_basis) {
        yield { path: ["activities", id], atKey: true, message: `Activity "${id}" has no legal basis.` };
      }
    }
  },
};

export const legitimateInterestUndescribed: Rule = {
  id: "legitimate-interest-undescribed",
  severity: "error",
  article: "GDPR Art. 13(1)(d)",
  summary: "An activity on legitimate interest says which interest it pursues.",
  hint: "add legitimate_interest.interest: the interest, in words the statement can print",
  *run({ register }) {
    for (const [id, activity] of Object.entries(register.activities)) {
      if (activity.role === "processor") continue;
      if (activity.legal_basis === "legitimate_interest" && !activity.legitimate_interest) {
        yield {
          path: ["activities", id, "legal_basis"],
          message: `Activity "${id}" relies on legitimate interest but does not say which interest.`,
        };
      }
    }
  },
};

export const legitimateInterestUnbalanced: Rule = {
  id: "legitimate-interest-unbalanced",
  severity: "warning",
  article: "GDPR Art. 6(1)(f), Art. 5(2)",
  summary: "An activity on legitimate interest records its balancing test.",
  hint: "add legitimate_interest.balancing_test with the date and where the written test is kept",
  *run({ register }) {
    for (const [id, activity] of Object.entries(register.activities)) {
      if (activity.role === "processor") continue;
      if (activity.legal_basis !== "legitimate_interest" || activity.legitimate_interest?.balancing_test) continue;
      yield {
        path: activity.legitimate_interest
          ? ["activities", id, "legitimate_interest"]
          : ["activities", id, "legal_basis"],
        atKey: activity.legitimate_interest !== undefined,
        message: `Activity "${id}" relies on legitimate interest without a recorded balancing test against the person's interests.`,
      };
    }
  },
};

// Art. 13(2)(e) is an element the statement must give; left unrecorded it is printed nowhere, so an error.
export const requirementMissing: Rule = {
  id: "requirement-missing",
  severity: "error",
  article: "GDPR Art. 13(2)(e)",
  summary: "An activity on contract or legal obligation says what follows if the person does not provide the data.",
  hint: "add requirement: { kind: contract | law, consequence: ... }",
  *run({ register }) {
    for (const [id, activity] of Object.entries(register.activities)) {
      if (activity.role === "processor") continue;
      if (activity.legal_basis !== "contract" && activity.legal_basis !== "legal_obligation") continue;
      if (activity.requirement?.consequence) continue;
      yield {
        path: ["activities", id, "legal_basis"],
        message: `Activity "${id}" rests on ${activity.legal_basis.replace("_", " ")}, but the statement cannot say whether providing the data is required and what happens if it is not.`,
      };
    }
  },
};
