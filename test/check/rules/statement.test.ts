import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

const bilingual = (patch: Patch): Patch => ({
  ...patch,
  subjects: { customers: { name: { nl: "klanten", en: "customers" }, kind: "customer" } },
  activities: {
    shop: {
      name: { nl: "Webwinkel", en: "Web shop" },
      purpose: { nl: "bestellingen leveren", en: "delivering orders" },
      requirement: { kind: "contract", consequence: { nl: "anders geen levering", en: "otherwise no delivery" } },
      ...patch.activities?.shop,
    },
  },
  statement: { languages: ["nl", "en"] },
});

describe("statement rules", () => {
  ruleCases([
    {
      name: "a plain-string text in a bilingual statement",
      rule: "translation-missing",
      severity: "warning",
      patch: bilingual({ activities: { shop: { purpose: "bestellingen leveren" } } }),
      at: ["shop:", "purpose: ^bestellingen"],
      says: "activities.shop.purpose",
      fixed: bilingual({}),
    },
    {
      name: "a text without its English wording, deep in a legitimate interest",
      rule: "translation-missing",
      severity: "warning",
      patch: bilingual({
        activities: {
          shop: {
            legal_basis: "legitimate_interest",
            legitimate_interest: {
              interest: { nl: "fraude voorkomen" },
              balancing_test: { outcome: { nl: "ok", en: "ok" } },
            },
          },
        },
      }),
      at: ["interest:", "^nl: fraude"],
      says: "no en wording",
      fixed: bilingual({ statement: { languages: ["nl"] } }),
      fixedName: "a statement published in Dutch only",
    },
    {
      name: "a Dutch text that says je in a statement that says u",
      rule: "form-of-address-mixed",
      severity: "warning",
      patch: bilingual({
        activities: { shop: { purpose: { nl: "je bestellingen leveren", en: "delivering your orders" } } },
      }),
      at: ["purpose:", "nl: ^je bestellingen"],
      says: '"je"',
      fixed: bilingual({ statement: { languages: ["nl", "en"], address: "je" } }),
      fixedName: "the statement set to je",
    },
    {
      name: "a Dutch text that says u in a statement that says je",
      rule: "form-of-address-mixed",
      severity: "warning",
      patch: {
        ...bilingual({ activities: { shop: { purpose: { nl: "uw bestellingen leveren", en: "delivering orders" } } } }),
        statement: { languages: ["nl", "en"], address: "je" },
      },
      at: ["purpose:", "nl: ^uw bestellingen"],
      says: "statement.address",
      fixed: {
        ...bilingual({ activities: { shop: { purpose: { nl: "je bestellingen leveren", en: "delivering orders" } } } }),
        statement: { languages: ["nl", "en"], address: "je" },
      },
      fixedName: "the text in the statement's form",
    },
    {
      name: "data from elsewhere without its source",
      rule: "source-missing",
      severity: "error",
      patch: { activities: { shop: { source: { from_subject: false } } } },
      at: ["source:", "from_subject: ^false"],
      fixed: { activities: { shop: { source: { from_subject: false, description: "de Kamer van Koophandel" } } } },
    },
    {
      name: "no change notification",
      rule: "change-notification-missing",
      severity: "info",
      patch: { statement: { change_notification: undefined } },
      at: ["^statement:"],
      fixed: { statement: { change_notification: { channels: ["website"] } } },
    },
    {
      name: "a statement without a version",
      rule: "statement-version-missing",
      severity: "warning",
      patch: { statement: { version: undefined } },
      at: ["^statement:"],
      says: "no version",
      fixed: {},
    },
    {
      name: "a statement without an effective date",
      rule: "statement-version-missing",
      severity: "warning",
      patch: { statement: { effective_date: undefined } },
      at: ["^statement:"],
      says: "no effective date",
      fixed: {},
    },
    {
      name: "a statement without version and effective date",
      rule: "statement-version-missing",
      severity: "warning",
      patch: { statement: { version: undefined, effective_date: undefined } },
      at: ["^statement:"],
      count: 2,
      fixed: {},
    },
  ]);
});
