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
