import { describe } from "vitest";
import { ruleCases } from "../helpers.js";

describe("repealed law cited in free text", () => {
  ruleCases([
    {
      name: "the Wbp in a purpose",
      rule: "repealed-law-cited",
      severity: "warning",
      patch: { activities: { shop: { purpose: "bestellingen leveren volgens de Wbp" } } },
      at: ["shop:", "purpose: ^bestellingen"],
      says: /repealed on 25 May 2018/,
      fixed: { activities: { shop: { purpose: "bestellingen leveren volgens de AVG" } } },
    },
    {
      name: "the Wet bescherming persoonsgegevens written out, in the English wording of a text",
      rule: "repealed-law-cited",
      severity: "warning",
      patch: {
        activities: {
          shop: {
            purpose: { nl: "bestellingen leveren", en: "delivering orders under the Wet bescherming persoonsgegevens" },
          },
        },
      },
      at: ["shop:", "en: ^delivering"],
      says: /activities\.shop\.purpose cites the Wbp/,
      fixed: {
        activities: { shop: { purpose: { nl: "bestellingen leveren", en: "delivering orders under the GDPR" } } },
      },
      fixedName: "the GDPR cited instead",
    },
    {
      name: "the Privacy Shield as a transfer safeguard",
      rule: "repealed-law-cited",
      severity: "warning",
      patch: {
        activities: { shop: { purpose: "bestellingen leveren; de VS-leverancier valt onder het Privacy Shield" } },
      },
      at: ["shop:", "purpose: ^bestellingen"],
      says: /invalidated by the Court of Justice/,
      fixed: { activities: { shop: { purpose: "bestellingen leveren volgens de Wbp BES op Bonaire" } } },
      fixedName: "the Wbp BES, which still applies in the Caribbean Netherlands",
    },
  ]);
});
