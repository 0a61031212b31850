import { approxDays, parseDuration, type Right } from "../../register/index.js";
import type { Rule } from "../rule.js";

/** The shortest and longest a calendar month can be: a period in days is compared against both. */
const SHORTEST_MONTH_DAYS = 28;
const LONGEST_MONTH_DAYS = 31;

export const responseTimeTooLong: Rule = {
  id: "response-time-too-long",
  severity: "error",
  article: "GDPR Art. 12(3)",
  summary: "Requests are answered within one month (an extension is decided per request, not in the policy).",
  hint: "set response_time: 1 month (or shorter, e.g. 4 weeks)",
  *run({ register }) {
    const text = register.rights.response_time;
    const d = parseDuration(text);
    if (!d) return;
    const path = ["rights", "response_time"];
    if (d.unit === "month" || d.unit === "year") {
      const months = d.unit === "year" ? d.amount * 12 : d.amount;
      if (months > 1)
        yield { path, message: `A response time of ${text} is longer than the one month Art. 12(3) allows.` };
      return;
    }
    const days = approxDays(d);
    if (days > LONGEST_MONTH_DAYS) {
      yield { path, message: `A response time of ${text} is longer than the one month Art. 12(3) allows.` };
    } else if (days > SHORTEST_MONTH_DAYS) {
      yield {
        path,
        severity: "warning",
        message: `A response time of ${text} is longer than one month when the request arrives in or just before February.`,
      };
    }
  },
};

const INFORMED: Right[] = ["access", "rectification", "erasure", "restriction", "objection", "portability"];

export const rightsIncomplete: Rule = {
  id: "rights-incomplete",
  severity: "error",
  article: "GDPR Art. 13(2)(b), Art. 15-21",
  summary: "The register supports access, rectification, erasure, restriction, objection and portability.",
  *run({ register }) {
    const missing = INFORMED.filter((r) => !register.rights.supported.includes(r));
    if (missing.length > 0) {
      yield {
        path: ["rights", "supported"],
        atKey: true,
        message: `The rights policy leaves out ${missing.join(", ")}.`,
        hint: `add ${missing.join(", ")} to rights.supported`,
      };
    }
  },
};

export const complaintRightMissing: Rule = {
  id: "complaint-right-missing",
  severity: "error",
  article: "GDPR Art. 13(2)(d), Art. 77",
  summary: "The statement tells people they may complain to the supervisory authority of the member state.",
  hint: "add complaint to rights.supported",
  *run({ register }) {
    if (!register.rights.supported.includes("complaint")) {
      yield {
        path: ["rights", "supported"],
        atKey: true,
        message: "The rights policy does not mention the right to complain to the supervisory authority.",
      };
    }
  },
};

export const withdrawConsentRightMissing: Rule = {
  id: "withdraw-consent-right-missing",
  severity: "error",
  article: "GDPR Art. 7(3), Art. 13(2)(c)",
  summary: "Where anything rests on consent, the right to withdraw it is supported.",
  hint: "add withdraw_consent to rights.supported",
  *run({ register }) {
    const usesConsent =
      Object.keys(register.consent?.purposes ?? {}).length > 0 ||
      Object.values(register.activities).some((a) => a.legal_basis === "consent");
    if (usesConsent && !register.rights.supported.includes("withdraw_consent")) {
      yield {
        path: ["rights", "supported"],
        atKey: true,
        message: "Processing rests on consent, but the rights policy does not include withdrawing it.",
      };
    }
  },
};

export const channelMissing: Rule = {
  id: "channel-missing",
  severity: "error",
  article: "GDPR Art. 12(2), Art. 13(1)(a)",
  summary: "The rights policy gives at least one channel to send a request through.",
  hint: "add rights.channels: [{ kind: email, address: privacy@... }]",
  *run({ register }) {
    if (register.rights.channels.length === 0) {
      yield { path: ["rights", "channels"], atKey: true, message: "The rights policy names no channel for requests." };
    }
  },
};
