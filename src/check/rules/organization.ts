import { isInEea } from "../../register/index.js";
import type { Rule } from "../rule.js";

export const controllerContactMissing: Rule = {
  id: "controller-contact-missing",
  severity: "error",
  article: "GDPR Art. 13(1)(a), Art. 30(1)(a)",
  summary: "The organization gives a contact e-mail address, phone number or postal address.",
  hint: "add organization.contact: { email: ..., phone: ... }",
  *run({ register }) {
    const contact = register.organization.contact;
    if (!contact?.email && !contact?.phone && !contact?.address) {
      yield {
        path: contact ? ["organization", "contact"] : ["organization"],
        atKey: true,
        message: "The organization gives no contact e-mail address, phone number or postal address.",
      };
    }
  },
};

export const dpoContactMissing: Rule = {
  id: "dpo-contact-missing",
  severity: "error",
  article: "GDPR Art. 13(1)(b), Art. 37(7)",
  summary: "A data protection officer is given with an e-mail address or phone number.",
  hint: "add organization.dpo.email",
  *run({ register }) {
    const dpo = register.organization.dpo;
    if (dpo && !dpo.email && !dpo.phone) {
      yield {
        path: ["organization", "dpo"],
        atKey: true,
        message: "The data protection officer has no e-mail address or phone number people can use.",
      };
    }
  },
};

export const representativeMissing: Rule = {
  id: "representative-missing",
  severity: "error",
  article: "GDPR Art. 27, Art. 13(1)(a)",
  summary: "A controller established outside the EEA names its representative in the EU.",
  hint: "add organization.representative with name and contact details",
  *run({ register }) {
    const country = register.organization.established_in;
    if (country && !isInEea(country) && !register.organization.representative) {
      yield {
        path: ["organization", "established_in"],
        message: `The organization is established in ${country}, outside the EEA, but names no representative in the EU.`,
      };
    }
  },
};
