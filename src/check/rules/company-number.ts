import { isValidBelgianEnterpriseNumber, isValidGermanRegisterNumber } from "../../identifiers/index.js";
import { seatCountry } from "../../member-states/index.js";
import type { Rule } from "../rule.js";

/** What a company number looks like in the states whose register the product knows, with an example. */
const FORMS: Record<string, { valid: (text: string) => boolean; what: string; example: string }> = {
  BE: {
    valid: isValidBelgianEnterpriseNumber,
    what: "a Belgian enterprise number (KBO/BCE): ten digits ending in their mod-97 check",
    example: 'company_number: "0123.456.749"',
  },
  DE: {
    valid: isValidGermanRegisterNumber,
    what: "a Handelsregister number: HRA or HRB and the serial number",
    example: "company_number: HRB 123456, company_register: Amtsgericht München",
  },
  NL: {
    valid: (text) => /^\d{8}$/.test(text),
    what: "a KvK number: eight digits",
    example: 'company_number: "90123456"',
  },
};

export const companyNumberInvalid: Rule = {
  id: "company-number-invalid",
  severity: "error",
  article: "GDPR Art. 13(1)(a), Art. 30(1)(a)",
  summary: "The company number has the form of the company register of the state of establishment (NL, BE, DE).",
  *run({ register }) {
    const org = register.organization;
    if (org.company_number === undefined) return;
    const country = seatCountry(org);
    const form = FORMS[country];
    if (form && !form.valid(org.company_number)) {
      yield {
        path: ["organization", "company_number"],
        message: `organization.company_number is not ${form.what}.`,
        hint: form.example,
      };
    }
  },
};
