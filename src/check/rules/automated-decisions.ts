import type { Rule } from "../rule.js";

export const automatedDecisionIncomplete: Rule = {
  id: "automated-decision-incomplete",
  severity: "error",
  article: "GDPR Art. 22(3), Art. 13(2)(f)",
  summary:
    "An automated decision with legal or similar effect explains its logic and consequences and offers human review.",
  *run({ register }) {
    for (const [id, decision] of Object.entries(register.automated_decisions)) {
      if (!decision.legal_effect) continue;
      const missing = (["logic", "consequences", "human_review"] as const).filter((k) => !decision[k]);
      if (missing.length === 0) continue;
      yield {
        path: ["automated_decisions", id],
        atKey: true,
        message: `Automated decision "${id}" has legal or similar effect but lacks ${missing.join(", ")}.`,
        hint: `add ${missing.join(", ")}`,
      };
    }
  },
};

export const automatedReviewRightMissing: Rule = {
  id: "automated-review-right-missing",
  severity: "error",
  article: "GDPR Art. 22(3)",
  summary: "With automated decisions of legal or similar effect, the right to human review is supported.",
  hint: "add automated_decision_review to rights.supported",
  *run({ register }) {
    const decisive = Object.entries(register.automated_decisions)
      .filter(([, d]) => d.legal_effect)
      .map(([id]) => id);
    if (decisive.length > 0 && !register.rights.supported.includes("automated_decision_review")) {
      // Without the right, the privacy center offers no form for these decisions either.
      yield {
        path: ["rights", "supported"],
        atKey: true,
        message: `Automated decisions with legal or similar effect are taken (${decisive.join(", ")}), but the rights policy offers no human review, so the privacy center cannot take a request for it.`,
      };
    }
  },
};
