import { describe, expect, it } from "vitest";
import { checkPatched, type Patch, ruleCases } from "../helpers.js";
import { RIGHT_EXPLANATION } from "../../../src/vocabulary/rights.js";

const RULE = "direct-marketing-objection-weighed";

/** An activity for direct marketing by e-mail on legitimate interest, with the balancing outcome given. */
const mailing = (outcome: string): Patch => ({
  activities: {
    mailing: {
      name: "Aanbiedingen per e-mail",
      purpose: "klanten aanbiedingen sturen",
      purpose_kind: "marketing.direct",
      legal_basis: "legitimate_interest",
      legitimate_interest: { interest: "klanten informeren over vergelijkbare producten", balancing_test: { outcome } },
      subjects: ["customers"],
      data_categories: ["identity.name", "contact.email"],
      retention: "orders",
    },
  },
});

describe("an objection to direct marketing is absolute", () => {
  ruleCases([
    {
      name: "a balancing test for an objection to direct marketing in the objection's conditions",
      rule: RULE,
      severity: "error",
      patch: {
        rights: {
          per_right: {
            objection: { conditions: "Bezwaar tegen direct marketing beoordelen wij met een belangenafweging." },
          },
        },
      },
      at: ["objection:", "conditions: ^Bezwaar"],
      says: "belangenafweging",
      fixed: {
        rights: {
          per_right: {
            objection: {
              conditions:
                "Tegen direct marketing kunt u altijd bezwaar maken; wij stoppen dan meteen, zonder afweging.",
            },
          },
        },
      },
    },
    {
      name: "compelling grounds against an objection to the newsletter, in English",
      rule: RULE,
      severity: "error",
      patch: {
        rights: {
          per_right: {
            objection: {
              refusal: {
                nl: "Wij weigeren alleen kennelijk ongegronde verzoeken.",
                en: "We may refuse an objection to our newsletter where we have compelling legitimate grounds.",
              },
            },
          },
        },
      },
      at: ["objection:", "en: ^We"],
      says: '("refuse")',
      fixed: {
        rights: {
          per_right: {
            objection: {
              refusal: {
                nl: "Wij weigeren alleen kennelijk ongegronde verzoeken.",
                en: "We refuse an objection to processing on legitimate interest only where compelling legitimate grounds override your interests; an objection to our newsletter always stops it.",
              },
            },
          },
        },
      },
    },
    {
      name: "a direct-marketing activity that weighs an objection again",
      rule: RULE,
      severity: "error",
      patch: mailing("Bij bezwaar wegen wij uw belang opnieuw af tegen het onze."),
      at: ["mailing:", "outcome: ^Bij"],
      says: "activities.mailing.legitimate_interest.balancing_test.outcome",
      fixed: mailing("Na afweging weegt ons belang zwaarder, omdat u altijd bezwaar kunt maken."),
      fixedName: "a balancing test that names the right to object as a safeguard",
    },
    {
      name: "an extra paragraph that weighs objections to marketing",
      rule: RULE,
      severity: "error",
      patch: { statement: { extra: { rights: "Bij een bezwaar tegen marketing maken wij eerst een afweging." } } },
      at: ["extra:", "rights: ^Bij"],
      fixed: { statement: { extra: { rights: "Bij een bezwaar tegen marketing stoppen wij daar meteen mee." } } },
    },
  ]);

  it("accepts the statement's own words on objection in both languages", async () => {
    const conditions = { nl: RIGHT_EXPLANATION.objection.nl, en: RIGHT_EXPLANATION.objection.en };
    const result = await checkPatched({
      ...mailing("Ons belang weegt zwaarder dan de inbreuk op de privacy van klanten."),
      rights: { per_right: { objection: { conditions, refusal_grounds: ["compelling_grounds", "legal_claims"] } } },
    });
    expect(result.schemaErrors).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === RULE)).toEqual([]);
  });

  it("leaves a weighing of an objection to other processing alone", async () => {
    const result = await checkPatched({
      activities: { shop: { notes: "Bij bezwaar tegen fraudecontrole maken wij een nieuwe belangenafweging." } },
      rights: {
        refusal:
          "Een bezwaar tegen verwerking op grond van gerechtvaardigd belang weigeren wij alleen bij dwingende gronden.",
      },
    });
    expect(result.schemaErrors).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === RULE)).toEqual([]);
  });
});
