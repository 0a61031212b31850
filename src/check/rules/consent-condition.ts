import type { Rule } from "../rule.js";

/**
 * Consent that the contract requires is not freely given: a person who must agree to get the service
 * has no real choice. Data the contract truly needs rests on the contract (Art. 6(1)(b)) instead; data
 * it does not need must be optional to give.
 */
export const consentConditionOfContract: Rule = {
  id: "consent-condition-of-contract",
  severity: "error",
  article: "GDPR Art. 7(4), Art. 4(11), recital 43",
  summary: "Consent is never a condition of a contract: data on consent is voluntary to give.",
  hint: "rely on legal_basis: contract for data the contract needs, or make the data voluntary (requirement.kind: voluntary)",
  *run({ register }) {
    for (const [id, activity] of Object.entries(register.activities)) {
      if (activity.role === "processor") continue; // the controller chose the basis, not us
      if (activity.legal_basis === "consent" && activity.requirement?.kind === "contract") {
        yield {
          path: ["activities", id, "requirement", "kind"],
          message: `Activity "${id}" rests on consent but says the contract requires the data; consent a person must give to get the contract is not freely given.`,
        };
      }
    }
  },
};
