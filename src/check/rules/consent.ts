import type { Rule } from "../rule.js";
import { emailMarketingPurposes } from "./marketing.js";

export const consentPurposeMissing: Rule = {
  id: "consent-purpose-missing",
  severity: "error",
  article: "GDPR Art. 6(1)(a), Art. 7(1)",
  summary: "An activity on consent names the consent purpose that records the choice.",
  hint: "add consent_purpose: an id under consent.purposes",
  *run({ register }) {
    for (const [id, activity] of Object.entries(register.activities)) {
      if (activity.legal_basis === "consent" && !activity.consent_purpose) {
        yield {
          path: ["activities", id, "legal_basis"],
          message: `Activity "${id}" relies on consent but names no consent purpose, so no consent can be asked, proven or withdrawn.`,
        };
      }
    }
  },
};

const NOT_CONSENT: Record<string, string> = {
  implied_by_use: "using the website or app",
  implied_by_account: "creating an account",
  implied_by_form: "filling in a form",
  pre_ticked: "a pre-ticked box",
  opt_out: "not objecting (opt-out)",
};

export const consentImplied: Rule = {
  id: "consent-implied",
  severity: "error",
  article: "GDPR Art. 4(11), Art. 7",
  summary:
    "Consent is an active, specific choice: not implied by use, an account, a form, a pre-ticked box or opt-out.",
  hint: "use mechanism: opt_in (or double_opt_in), or rely on another legal basis",
  *run({ register }) {
    for (const [id, purpose] of Object.entries(register.consent?.purposes ?? {})) {
      const how = purpose.mechanism && NOT_CONSENT[purpose.mechanism];
      if (how) {
        yield {
          path: ["consent", "purposes", id, "mechanism"],
          message: `Consent purpose "${id}" takes ${how} as consent; that is not a specific, informed and unambiguous choice.`,
        };
      }
    }
  },
};

export const withdrawalMissing: Rule = {
  id: "withdrawal-missing",
  severity: "error",
  article: "GDPR Art. 7(3), Art. 13(2)(c)",
  summary: "Every consent purpose says how the person withdraws it, as easily as it was given.",
  hint: "add withdrawal: where and how to withdraw (e.g. the cookie settings link, the unsubscribe link)",
  *run({ register }) {
    for (const [id, purpose] of Object.entries(register.consent?.purposes ?? {})) {
      if (!purpose.withdrawal) {
        yield {
          path: ["consent", "purposes", id],
          atKey: true,
          message: `Consent purpose "${id}" does not say how to withdraw consent.`,
        };
      }
    }
  },
};

export const marketingEmailWithoutUnsubscribe: Rule = {
  id: "marketing-email-without-unsubscribe",
  severity: "error",
  article: "Tw art. 11.7",
  summary: "Marketing e-mail offers an unsubscribe in every message.",
  hint: "set unsubscribe_in_every_message: true and send List-Unsubscribe with one-click (RFC 8058)",
  *run({ register }) {
    for (const id of emailMarketingPurposes(register)) {
      const purpose = register.consent?.purposes[id];
      if (!purpose || purpose.unsubscribe_in_every_message === true) continue;
      const stated = purpose.unsubscribe_in_every_message === false;
      yield {
        path: stated ? ["consent", "purposes", id, "unsubscribe_in_every_message"] : ["consent", "purposes", id],
        atKey: !stated,
        message: `Consent purpose "${id}" covers marketing e-mail but does not offer an unsubscribe in every message.`,
      };
    }
  },
};

export const marketingEmailSingleOptIn: Rule = {
  id: "marketing-email-single-opt-in",
  severity: "info",
  article: "GDPR Art. 7(1)",
  summary:
    "Marketing e-mail consent is confirmed by double opt-in, so it can be proven to come from the address owner.",
  hint: "use mechanism: double_opt_in",
  *run({ register }) {
    for (const id of emailMarketingPurposes(register)) {
      if (register.consent?.purposes[id]?.mechanism !== "opt_in") continue;
      yield {
        path: ["consent", "purposes", id, "mechanism"],
        message: `Consent purpose "${id}" covers marketing e-mail with a single opt-in; without a confirmation mail the consent of the address owner cannot be proven.`,
      };
    }
  },
};
