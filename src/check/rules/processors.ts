import type { Rule } from "../rule.js";

export const processorWithoutAgreement: Rule = {
  id: "processor-without-agreement",
  severity: "error",
  article: "GDPR Art. 28(3)",
  summary: "Every processor and sub-processor works under a signed processing agreement.",
  hint: "sign a processing agreement and set agreement: signed",
  *run({ register }) {
    for (const [id, recipient] of Object.entries(register.recipients)) {
      if (recipient.kind !== "processor" && recipient.kind !== "sub_processor") continue;
      const agreement = recipient.agreement;
      if (agreement === "signed") continue;
      if (agreement === "pending") {
        yield {
          path: ["recipients", id, "agreement"],
          severity: "warning",
          message: `The processing agreement with "${id}" is still pending; no personal data may go to it until it is signed.`,
        };
      } else {
        yield {
          path: agreement ? ["recipients", id, "agreement"] : ["recipients", id],
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
