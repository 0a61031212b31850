import { describe, expect, it } from "vitest";
import { buildStatement, renderStatement } from "../../src/statement/index.js";
import { allSections, blockText, register } from "./helpers.js";

// A register that publishes only in Dutch and wrote its own text only in Dutch.
const dutchOnly = register({
  organization: {
    name: "Voorbeeld B.V.",
    contact: { email: "info@voorbeeld.example" },
    scope: { nl: "de webwinkel van Voorbeeld" },
  },
  subjects: { klanten: { name: { nl: "klanten" } } },
  activities: {
    winkel: {
      name: { nl: "Bestellingen" },
      purpose: { nl: "uw bestelling leveren" },
      legal_basis: "contract",
      subjects: ["klanten"],
      data_categories: ["identity.name", "contact.address"],
      retention: "bestellingen",
    },
  },
  retention: {
    bestellingen: { period: "2 years", after: "contract_end", description: { nl: "Daarna wissen wij alles." } },
  },
  statement: { languages: ["nl"], version: "1", effective_date: "2026-02-01" },
});

describe("a statement requested in a language the register does not publish", () => {
  const doc = buildStatement(dutchOnly, "en");

  it("has no empty section and no empty block", () => {
    for (const section of allSections(doc)) {
      expect(section.blocks.length + section.subsections.length, section.id).toBeGreaterThan(0);
      for (const block of section.blocks) expect(blockText(block).trim(), section.id).not.toBe("");
    }
  });

  it("uses the register's own words from the other language and says so", async () => {
    const md = (await renderStatement(dutchOnly, { lang: "en", format: "md" })) as string;
    expect(md.toLowerCase()).toContain("uw bestelling leveren");
    expect(md).toContain("Daarna wissen wij alles.");
    expect(md).toContain("2 years after the contract ends");
    expect(md).toContain("Voorbeeld B.V. publishes this statement in Dutch");
  });

  it("adds no such note in a language the register publishes", () => {
    const nl = buildStatement(dutchOnly, "nl");
    expect(nl.intro.map(blockText).join(" ")).not.toContain("publiceert deze verklaring");
  });
});
