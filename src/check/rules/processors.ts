import { agreementOf, isProcessor } from "../../register/index.js";
import type { Rule } from "../rule.js";

export const processorWithoutAgreement: Rule = {
  id: "processor-without-agreement",
  severity: "error",
  article: "GDPR Art. 28(3)",
  summary: "Every processor and sub-processor works under a signed processing agreement.",
  hint: "sign a processing agreement and set agreement: signed",
  *run({ register }) {
    for (const [id, recipient] of Object.entries(register.recipients)) {
      if (!isProcessor(recipient)) continue;
      const agreement = agreementOf(recipient).status;
      const at = typeof recipient.agreement === "object" ? ["agreement", "status"] : ["agreement"];
      if (agreement === "signed") continue;
      if (agreement === "pending") {
        yield {
          path: ["recipients", id, ...at],
          severity: "warning",
          message: `The processing agreement with "${id}" is still pending; no personal data may go to it until it is signed.`,
        };
      } else {
        yield {
          path: agreement ? ["recipients", id, ...at] : ["recipients", id],
          atKey: !agreement,
          message: `Processor "${id}" has no processing agreement${agreement === "not_required" ? " (one is always required for a processor)" : ""}.`,
        };
      }
    }
  },
};

export const processorActivityWithoutAgreement: Rule = {
  id: "processor-activity-without-agreement",
  severity: "error",
  article: "GDPR Art. 28(3)",
  summary: "An activity carried out as processor rests on a signed processing agreement with its controller.",
  hint: "sign a processing agreement with the controller and set agreement: signed on the activity",
  *run({ register }) {
    for (const [id, activity] of Object.entries(register.activities)) {
      if (activity.role !== "processor" || activity.agreement === "signed") continue;
      if (activity.agreement === "pending") {
        yield {
          path: ["activities", id, "agreement"],
          severity: "warning",
          message: `The processing agreement for activity "${id}" is still pending; it must be signed before the processing starts.`,
        };
      } else {
        yield {
          path: activity.agreement ? ["activities", id, "agreement"] : ["activities", id, "role"],
          message: `Activity "${id}" is carried out as processor without a processing agreement with its controller.`,
        };
      }
    }
  },
};

export const processorActivityWithoutController: Rule = {
  id: "processor-activity-without-controller",
  severity: "error",
  article: "GDPR Art. 30(2)(a)",
  summary: "An activity carried out as processor names the controller it is done for.",
  hint: "add controller: who the data is processed for (e.g. the customer who enters it)",
  *run({ register }) {
    for (const [id, activity] of Object.entries(register.activities)) {
      if (activity.role === "processor" && !activity.controller) {
        yield {
          path: ["activities", id, "role"],
          message: `Activity "${id}" is carried out as processor but does not say for which controller.`,
        };
      }
    }
  },
};

/** Where the agreement's status sits: the shorthand is the value itself, the record has a key for it. */
function statusPath(id: string, agreement: unknown): (string | number)[] {
  return typeof agreement === "object" ? ["recipients", id, "agreement", "status"] : ["recipients", id, "agreement"];
}

export const agreementSignedWithoutDate: Rule = {
  id: "agreement-signed-without-date",
  severity: "warning",
  article: "GDPR Art. 28(3), Art. 5(2)",
  summary: "A signed processing agreement records the day it was signed, so its review can be planned and shown.",
  hint: "write agreement: { status: signed, signed_on: YYYY-MM-DD, review_every: 12 months }",
  *run({ register }) {
    for (const [id, recipient] of Object.entries(register.recipients)) {
      if (!isProcessor(recipient)) continue;
      const facts = agreementOf(recipient);
      if (facts.status !== "signed" || facts.signedOn) continue;
      yield {
        path: statusPath(id, recipient.agreement),
        message: `The processing agreement with "${id}" is signed, but the register does not say when.`,
      };
    }
  },
};

export const agreementReviewOverdue: Rule = {
  id: "agreement-review-overdue",
  severity: "warning",
  article: "GDPR Art. 28(1), Art. 32(1)(d)",
  summary: "A processing agreement whose review is due is reviewed: its review date lies after the day of the check.",
  hint: "review the agreement and the processor's measures, then move review_due on (or update signed_on)",
  *run({ register, today }) {
    for (const [id, recipient] of Object.entries(register.recipients)) {
      const facts = agreementOf(recipient);
      if (!isProcessor(recipient) || facts.status !== "signed" || !facts.reviewDue || facts.reviewDue >= today)
        continue;
      const agreement = recipient.agreement as { review_due?: string };
      yield {
        path: ["recipients", id, "agreement", agreement.review_due ? "review_due" : "review_every"],
        message: `The review of the processing agreement with "${id}" was due on ${facts.reviewDue}.`,
      };
    }
  },
};
