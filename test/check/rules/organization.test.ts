import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

const org = (fields: Record<string, unknown>): Patch => ({ organization: fields });

describe("organization and record rules", () => {
  ruleCases([
    {
      name: "an organization without any contact detail",
      rule: "controller-contact-missing",
      severity: "error",
      patch: org({ contact: undefined }),
      at: ["^organization:"],
      fixed: org({ contact: { phone: "+31 30 123 4567" } }),
    },
    {
      name: "a contact with only a name",
      rule: "controller-contact-missing",
      severity: "error",
      patch: org({ contact: { email: undefined, name: "Privacyteam" } }),
      at: ["organization:", "^contact:"],
      fixed: org({ contact: { name: "Privacyteam", address: { street: "Oudegracht 1", city: "Utrecht" } } }),
    },
    {
      name: "a DPO without e-mail or phone",
      rule: "dpo-contact-missing",
      severity: "error",
      patch: org({ dpo: { name: "FG" } }),
      at: ["organization:", "^dpo:"],
      fixed: org({ dpo: { name: "FG", email: "fg@voorbeeld.example" } }),
    },
    {
      name: "a controller in the US without an EU representative",
      rule: "representative-missing",
      severity: "error",
      patch: org({ established_in: "US" }),
      at: ["organization:", "established_in: ^US"],
      fixed: org({ established_in: "US", representative: { name: "EU Rep B.V.", email: "rep@eurep.example" } }),
    },
    {
      name: "a KvK number of seven digits",
      rule: "identifier-invalid",
      severity: "error",
      patch: org({ kvk: "1234567" }),
      at: ["organization:", 'kvk: ^"1234567"'],
      says: "kvk",
      fixed: org({ kvk: "01234567" }),
    },
    {
      name: "a BTW-id with a wrong check",
      rule: "identifier-invalid",
      severity: "error",
      patch: org({ vat_id: "NL002455799B12" }),
      at: ["organization:", "vat_id: ^NL002455799B12"],
      says: "BTW-id",
      fixed: org({ vat_id: "DE123456789" }),
      fixedName: "a foreign VAT number, whose format is not checked",
    },
    {
      name: "a Dutch postcode with SS",
      rule: "identifier-invalid",
      severity: "error",
      patch: org({ address: { postcode: "1234 SS" } }),
      at: ["address:", "postcode: ^1234 SS"],
      says: "organization.address.postcode",
      fixed: org({ address: { postcode: "1234 SS", country: "BE" } }),
      fixedName: "the same text as a Belgian postcode",
    },
    {
      name: "a DPO address in the Netherlands with a bad postcode",
      rule: "identifier-invalid",
      severity: "error",
      patch: org({ dpo: { email: "fg@voorbeeld.example", address: { postcode: "0123 AB", country: "NL" } } }),
      at: ["dpo:", "postcode: ^0123 AB"],
      fixed: org({ dpo: { email: "fg@voorbeeld.example", address: { postcode: "1123 AB", country: "NL" } } }),
    },
    {
      name: "an activity without subjects or data categories",
      rule: "activity-incomplete",
      severity: "error",
      patch: { activities: { shop: { subjects: [], data_categories: undefined } } },
      at: ["^shop:"],
      says: "no subjects and no data categories",
      fixed: { activities: { shop: { subjects: ["customers"], data_categories: ["contact.email"] } } },
    },
    {
      name: "a register without security measures",
      rule: "security-missing",
      severity: "error",
      patch: { security: undefined },
      at: ["^organization:"],
      fixed: { security: { measures: [], description: "versleuteling en toegangsbeheer" } },
      fixedName: "a described security policy",
    },
    {
      name: "an empty security section",
      rule: "security-missing",
      severity: "error",
      patch: { security: { measures: [] } },
      at: ["^security:"],
      fixed: { security: { measures: ["backups"] } },
    },
  ]);
});
