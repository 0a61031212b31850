import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

const org = (fields: Record<string, unknown>): Patch => ({ organization: fields });

describe("the supervisory authority can be known from the register", () => {
  ruleCases([
    {
      name: "a German company that names neither its Land nor a lead authority",
      rule: "supervisory-authority-unknown",
      severity: "error",
      patch: org({ established_in: "DE" }),
      at: ["organization:", "established_in: ^DE"],
      says: "depends on the region",
      fixed: org({ established_in: "DE", state: "BY" }),
      fixedName: "the same company in Bayern",
    },
    {
      name: "a German company that names neither its Land nor a lead authority",
      rule: "supervisory-authority-unknown",
      severity: "error",
      patch: org({ established_in: "DE" }),
      at: ["organization:", "established_in: ^DE"],
      fixed: org({ established_in: "DE", lead_authority: "DE-NW" }),
      fixedName: "the same company naming its lead authority",
    },
    {
      name: "a Land the product knows no authority for",
      rule: "supervisory-authority-unknown",
      severity: "error",
      patch: org({ established_in: "DE", state: "XX" }),
      at: ["organization:", "state: ^XX"],
      says: '"DE-XX"',
      fixed: org({ established_in: "DE", state: "HH" }),
    },
    {
      name: "a lead authority outside the EEA",
      rule: "supervisory-authority-unknown",
      severity: "error",
      patch: org({ lead_authority: "US" }),
      at: ["organization:", "lead_authority: ^US"],
      fixed: org({ lead_authority: "IE" }),
    },
  ]);
});

describe("the company number has its register's form", () => {
  ruleCases([
    {
      name: "a Belgian enterprise number whose check digits do not add up",
      rule: "company-number-invalid",
      severity: "error",
      patch: org({ established_in: "BE", company_number: "0123.456.748" }),
      at: ["organization:", "company_number: ^"],
      says: "KBO/BCE",
      fixed: org({ established_in: "BE", company_number: "0123.456.749" }),
    },
    {
      name: "a German number without HRA or HRB",
      rule: "company-number-invalid",
      severity: "error",
      patch: org({ established_in: "DE", state: "BY", company_number: "123456" }),
      at: ["organization:", "company_number: ^"],
      fixed: org({ established_in: "DE", state: "BY", company_number: "HRB 123456" }),
    },
  ]);
});

describe("the request service knows the holidays its deadlines skip", () => {
  ruleCases([
    {
      name: "a company established in a state without a holiday calendar",
      rule: "holiday-calendar-missing",
      severity: "warning",
      patch: org({ established_in: "FR" }),
      at: ["organization:", "established_in: ^FR"],
      says: "FR",
      fixed: org({ established_in: "BE" }),
    },
    {
      name: "a lead authority in a state without a holiday calendar",
      rule: "holiday-calendar-missing",
      severity: "warning",
      patch: org({ lead_authority: "IE" }),
      at: ["organization:", "lead_authority: ^IE"],
      fixed: org({ lead_authority: "DE-BY" }),
    },
  ]);
});
