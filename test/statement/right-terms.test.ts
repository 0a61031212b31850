import { describe, expect, it } from "vitest";
import { register, textOf } from "./helpers.js";

const base = { organization: { name: "Voorbeeld B.V.", contact: { email: "info@voorbeeld.example" } } };

describe("per-right conditions and refusal grounds", () => {
  const reg = register({
    ...base,
    rights: {
      per_right: {
        erasure: {
          conditions: { nl: "wij wissen wat wij niet meer nodig hebben", en: "we erase what we no longer need" },
          refusal_grounds: ["legal_obligation", "excessive"],
          refusal: { nl: "Facturen bewaren wij zeven jaar", en: "We keep invoices for seven years" },
        },
      },
    },
  });

  it("prints them under the right they belong to, with the article of each ground", () => {
    const nl = textOf(reg, "nl", "your-rights");
    expect(nl).toContain(
      "Wij wissen wat wij niet meer nodig hebben. Wij kunnen zo'n verzoek alleen weigeren wanneer de wet ons verplicht de gegevens te bewaren (artikel 17, lid 3, onder b AVG) of het verzoek buitensporig is, vooral omdat het steeds wordt herhaald (artikel 12, lid 5 AVG). Facturen bewaren wij zeven jaar.",
    );
    const en = textOf(reg, "en", "your-rights");
    expect(en).toMatch(
      /Erasure: .*We erase what we no longer need\. We can refuse such a request only when the law requires us to keep the data \(GDPR Article 17\(3\)\(b\)\)/,
    );
  });

  it("adds nothing to a right the register records no terms for", () => {
    const en = textOf(reg, "en", "your-rights");
    expect(en.match(/We can refuse such a request only when/g)).toHaveLength(1);
  });
});

describe("retention with both a period and criteria", () => {
  it("prints the criteria beside the period in the activity and the retention section", () => {
    const reg = register({
      ...base,
      activities: {
        books: { name: "Boekhouding", purpose: "administratie", legal_basis: "legal_obligation", retention: "books" },
      },
      retention: {
        books: {
          period: "7 years",
          after: "financial_year_end",
          criteria: { nl: "langer zolang een belastingaanslag openstaat", en: "longer while a tax assessment is open" },
        },
      },
    });
    for (const id of ["activity-books", "retention"]) {
      expect(textOf(reg, "nl", id)).toContain(
        "7 jaar na het einde van het boekjaar; langer zolang een belastingaanslag openstaat.",
      );
      expect(textOf(reg, "en", id)).toContain(
        "7 years after the end of the financial year; longer while a tax assessment is open.",
      );
    }
  });
});
