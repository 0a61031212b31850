import { describe } from "vitest";
import { ruleCases } from "../helpers.js";

const categories = (...extra: string[]) => ({ data_categories: ["identity.name", ...extra] });

describe("special data rules", () => {
  ruleCases([
    {
      name: "a BSN without the law that allows it",
      rule: "bsn-without-ground",
      severity: "error",
      patch: { activities: { shop: categories("identity.bsn") } },
      at: ["shop:", "- ^identity.bsn"],
      fixed: { activities: { shop: { ...categories("identity.bsn"), bsn_ground: "Wet op de loonbelasting 1964" } } },
    },
    {
      name: "a register-defined BSN category without ground",
      rule: "bsn-without-ground",
      severity: "error",
      patch: {
        taxonomy: { data_categories: { "hr.citizen_number": { label: "BSN", special: "bsn" } } },
        activities: { shop: categories("hr.citizen_number") },
      },
      at: ["shop:", "- ^hr.citizen_number"],
      fixed: {
        taxonomy: { data_categories: { "hr.citizen_number": { label: "personeelsnummer" } } },
        activities: { shop: categories("hr.citizen_number") },
      },
      fixedName: "the same category without the bsn mark",
    },
    {
      name: "health data without an Art. 9(2) ground",
      rule: "special-category-without-ground",
      severity: "error",
      patch: { activities: { shop: categories("special.health", "special.religion") } },
      at: ["shop:", "- ^special.health"],
      says: /special\.health.*special\.religion/,
      fixed: { activities: { shop: { ...categories("special.health"), special_category_ground: "explicit_consent" } } },
    },
    {
      name: "criminal data without ground",
      rule: "criminal-data-without-ground",
      severity: "error",
      patch: { activities: { shop: categories("criminal.records") } },
      at: ["shop:", "- ^criminal.records"],
      fixed: {
        activities: { shop: { ...categories("criminal.records"), criminal_data_ground: "UAVG art. 33(2)(b)" } },
      },
    },
  ]);
});
