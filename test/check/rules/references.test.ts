import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

const shop = (fields: Record<string, unknown>): Patch => ({ activities: { shop: fields } });
const analytics = { name: "Statistieken", description: "bezoek meten", withdrawal: "via de cookie-instellingen" };

describe("reference-unknown", () => {
  ruleCases([
    {
      name: "a misspelt subject, with a suggestion",
      rule: "reference-unknown",
      severity: "error",
      patch: shop({ subjects: ["custmers"] }),
      at: ["shop:", "- ^custmers"],
      says: 'Unknown subject "custmers": it is not defined in subjects. Did you mean "customers"?',
      fixed: shop({ subjects: ["customers"] }),
    },
    {
      name: "a data category outside the taxonomy",
      rule: "reference-unknown",
      severity: "error",
      patch: shop({ data_categories: ["contact.emial"] }),
      at: ["shop:", "- ^contact.emial"],
      says: 'Did you mean "contact.email"?',
      fixed: {
        ...shop({ data_categories: ["contact.emial"] }),
        taxonomy: { data_categories: { "contact.emial": { label: "e-mail" } } },
      },
      fixedName: "the category defined in the register's own taxonomy",
    },
    {
      name: "an unknown retention rule",
      rule: "reference-unknown",
      severity: "error",
      patch: shop({ retention: "order" }),
      at: ["shop:", "retention: ^order"],
      says: 'retention rule "order"',
      fixed: shop({ retention: "orders" }),
    },
    {
      name: "an unknown recipient",
      rule: "reference-unknown",
      severity: "error",
      patch: shop({ recipients: ["hosting", "mailer"] }),
      at: ["shop:", "- ^mailer"],
      fixed: shop({ recipients: ["hosting"] }),
    },
    {
      name: "an unknown consent purpose on an activity",
      rule: "reference-unknown",
      severity: "error",
      patch: { ...shop({ consent_purpose: "analitics" }), consent: { purposes: { analytics } } },
      at: ["shop:", "consent_purpose: ^analitics"],
      says: 'Did you mean "analytics"?',
      fixed: { ...shop({ consent_purpose: "analytics" }), consent: { purposes: { analytics } } },
    },
    {
      name: "an unknown automated decision",
      rule: "reference-unknown",
      severity: "error",
      patch: shop({ automated_decisions: ["dunning"] }),
      at: ["shop:", "- ^dunning"],
      fixed: {
        ...shop({ automated_decisions: ["dunning"] }),
        automated_decisions: { dunning: { name: "aanmaning", legal_effect: false } },
      },
    },
    {
      name: "an unknown consent purpose on a cookie",
      rule: "reference-unknown",
      severity: "error",
      patch: {
        cookies: [{ name: "_ga", purpose: "analytics", consent_purpose: "stats" }],
        consent: { purposes: { analytics } },
      },
      at: ["cookies:", "consent_purpose: ^stats"],
      fixed: {
        cookies: [{ name: "_ga", purpose: "analytics", consent_purpose: "analytics" }],
        consent: { purposes: { analytics } },
      },
    },
    {
      name: "an unknown purpose kind and subject kind",
      rule: "reference-unknown",
      severity: "error",
      count: 2,
      patch: { ...shop({ purpose_kind: "service.provison" }), subjects: { customers: { kind: "costumer" } } },
      at: ["shop:", "purpose_kind: ^service.provison"],
      fixed: shop({ purpose_kind: "service.provision" }),
    },
    {
      name: "a hold for an unknown category and a collection on an unknown connection",
      rule: "reference-unknown",
      severity: "error",
      count: 3,
      patch: {
        retention: { orders: { holds: [{ ground: "legal_claims", applies_to: ["financial.invoices"] }] } },
        datasets: {
          connections: { app: { type: "sqlite", url_env: "APP_DB" } },
          collections: { users: { connection: "ap", table: "users", fields: { mail: { category: "contact.mail" } } } },
        },
      },
      at: ["collections:", "connection: ^ap"],
      fixed: {
        retention: { orders: { holds: [{ ground: "legal_claims", applies_to: ["financial.invoice"] }] } },
        datasets: {
          connections: { app: { type: "sqlite", url_env: "APP_DB" } },
          collections: {
            users: { connection: "app", table: "users", fields: { mail: { category: "contact.email" } } },
          },
        },
      },
    },
  ]);
});
