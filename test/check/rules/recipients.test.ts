import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

const recipient = (fields: Record<string, unknown>): Patch => ({ recipients: { hosting: fields } });

describe("recipient and transfer rules", () => {
  ruleCases([
    {
      name: "a processor without an agreement",
      rule: "processor-without-agreement",
      severity: "error",
      patch: recipient({ agreement: undefined }),
      at: ["recipients:", "^hosting:"],
      fixed: recipient({ agreement: "signed" }),
    },
    {
      name: "a sub-processor whose agreement is none",
      rule: "processor-without-agreement",
      severity: "error",
      patch: recipient({ kind: "sub_processor", agreement: "none" }),
      at: ["hosting:", "agreement: ^none"],
      fixed: recipient({ kind: "controller", agreement: "none" }),
      fixedName: "an independent controller",
    },
    {
      name: "a processor whose agreement is pending",
      rule: "processor-without-agreement",
      severity: "warning",
      patch: recipient({ agreement: "pending" }),
      at: ["hosting:", "agreement: ^pending"],
      says: "pending",
      fixed: recipient({ agreement: "signed" }),
    },
    {
      name: "a processor activity without its controller",
      rule: "processor-activity-without-controller",
      severity: "error",
      patch: { activities: { shop: { role: "processor" } } },
      at: ["shop:", "role: ^processor"],
      fixed: { activities: { shop: { role: "processor", controller: "de klant" } } },
    },
    {
      name: "a US recipient without a safeguard",
      rule: "transfer-without-safeguard",
      severity: "error",
      patch: recipient({ location: ["DE", "US"] }),
      at: ["hosting:", "location:", "- ^US"],
      says: "United States (US)",
      fixed: recipient({ location: ["DE", "US"], transfer: { safeguard: "eu_us_dpf" } }),
    },
    {
      name: "a safeguard of none",
      rule: "transfer-without-safeguard",
      severity: "error",
      patch: recipient({ location: ["IN"], transfer: { safeguard: "none" } }),
      at: ["transfer:", "safeguard: ^none"],
      fixed: recipient({ location: ["IN"], transfer: { safeguard: "standard_contractual_clauses" } }),
    },
    {
      name: "adequacy claimed for the US",
      rule: "transfer-without-safeguard",
      severity: "error",
      patch: recipient({ location: ["US"], transfer: { safeguard: "adequacy" } }),
      at: ["transfer:", "safeguard: ^adequacy"],
      says: "no adequacy decision",
      fixed: recipient({ location: ["GB", "CH"], transfer: { safeguard: "adequacy" } }),
      fixedName: "adequacy for the United Kingdom and Switzerland",
    },
    {
      name: "the Data Privacy Framework for a country other than the US",
      rule: "transfer-without-safeguard",
      severity: "error",
      patch: recipient({ location: ["US", "IN"], transfer: { safeguard: "eu_us_dpf" } }),
      at: ["transfer:", "safeguard: ^eu_us_dpf"],
      says: "India (IN)",
      fixed: recipient({ location: ["US", "JP"], transfer: { safeguard: "eu_us_dpf" } }),
      fixedName: "DPF for the US beside adequate Japan",
    },
  ]);
});
