import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

const criteria = (text: string | { nl?: string; en?: string }): Patch => ({
  retention: { orders: { period: undefined, after: undefined, criteria: text } },
});

/** Invoicing under a retention rule; the tax rule looks at its period and holds. */
const invoices = (rule: Record<string, unknown>, activity: Record<string, unknown> = {}): Patch => ({
  activities: {
    billing: {
      name: "Facturen",
      purpose: "facturen sturen",
      purpose_kind: "billing.invoicing",
      legal_basis: "legal_obligation",
      subjects: ["customers"],
      data_categories: ["identity.name", "financial.invoice"],
      retention: "invoices",
      requirement: { kind: "law", consequence: "zonder naam geen factuur" },
      ...activity,
    },
  },
  retention: { invoices: { after: "financial_year_end", ...rule } },
});

const taxHold = { ground: "legal_obligation", law: "AWR art. 52(4)", period: "7 years" } as const;

describe("retention rules", () => {
  ruleCases([
    {
      name: "an activity without retention",
      rule: "retention-missing",
      severity: "error",
      patch: { activities: { shop: { retention: undefined } } },
      at: ["^shop:"],
      fixed: { activities: { shop: { retention: "orders" } } },
    },
    {
      name: "a rule with neither period nor criteria",
      rule: "retention-vague",
      severity: "error",
      patch: { retention: { orders: { period: undefined } } },
      at: ["retention:", "^orders:"],
      fixed: criteria("tot het einde van het contract"),
    },
    {
      name: '"zo lang als nodig" as the only criterion',
      rule: "retention-vague",
      severity: "error",
      patch: criteria("Wij bewaren uw gegevens zo lang als nodig."),
      at: ["orders:", "criteria: ^Wij"],
      says: "as long as necessary",
      fixed: criteria("Wij bewaren uw gegevens zo lang als nodig voor het contract, en daarna 2 jaar."),
    },
    {
      name: '"niet langer dan noodzakelijk" in the Dutch wording of a bilingual criterion',
      rule: "retention-vague",
      severity: "error",
      patch: criteria({ nl: "niet langer dan noodzakelijk", en: "until the account is deleted" }),
      at: ["orders:", "criteria:", "nl: ^niet langer"],
      fixed: criteria({ nl: "tot het account is verwijderd", en: "until the account is deleted" }),
    },
    {
      name: '"as long as necessary" in English',
      rule: "retention-vague",
      severity: "error",
      patch: criteria("We keep your data as long as necessary for the purposes."),
      at: ["orders:", "criteria: ^We"],
      fixed: criteria("We keep your data until your subscription ends."),
    },
    {
      name: "a legal-obligation hold without its law",
      rule: "hold-without-law",
      severity: "error",
      patch: { retention: { orders: { holds: [{ ground: "legal_obligation", period: "7 years" }] } } },
      at: ["orders:", "- ground: ^legal_obligation"],
      fixed: { retention: { orders: { holds: [taxHold] } } },
    },
    {
      name: "a legal-obligation hold on a dataset collection without its law",
      rule: "hold-without-law",
      severity: "error",
      patch: {
        datasets: {
          connections: { app: { type: "postgres", url_env: "APP_DATABASE_URL" } },
          collections: {
            invoices: {
              connection: "app",
              table: "invoices",
              holds: [{ ground: "legal_obligation", period: "7 years" }],
            },
          },
        },
      },
      at: ["collections:", "- ground: ^legal_obligation"],
      fixed: {
        datasets: {
          connections: { app: { type: "postgres", url_env: "APP_DATABASE_URL" } },
          collections: {
            invoices: { connection: "app", table: "invoices", holds: [{ ground: "legal_claims", period: "2 years" }] },
          },
        },
      },
      fixedName: "a hold on another ground",
    },
    {
      name: "invoices kept 2 years",
      rule: "tax-retention-too-short",
      severity: "error",
      patch: invoices({ period: "2 years" }),
      at: ["billing:", "retention: ^invoices"],
      says: "2 years",
      fixed: invoices({ period: "7 years" }),
    },
    {
      name: "tax records (by purpose) kept 5 years with a too short hold",
      rule: "tax-retention-too-short",
      severity: "error",
      patch: invoices(
        { period: "5 years", holds: [{ ...taxHold, period: "5 years" }] },
        { purpose_kind: "legal.tax", data_categories: ["identity.name"] },
      ),
      at: ["billing:", "retention: ^invoices"],
      fixed: invoices(
        { period: "5 years", holds: [taxHold] },
        { purpose_kind: "legal.tax", data_categories: ["identity.name"] },
      ),
      fixedName: "a 7-year hold under AWR art. 52(4)",
    },
    {
      name: "invoices whose 7-year hold covers other data only",
      rule: "tax-retention-too-short",
      severity: "error",
      patch: invoices({ period: "1 year", holds: [{ ...taxHold, applies_to: ["identity.name"] }] }),
      at: ["billing:", "retention: ^invoices"],
      fixed: invoices({ period: "84 months" }),
      fixedName: "a period of 84 months",
    },
    {
      name: "a custom start event without words for it",
      rule: "retention-event-unworded",
      severity: "warning",
      patch: { retention: { orders: { after: "custom:trial_ended" } } },
      at: ["orders:", "after: ^custom"],
      says: "custom:trial_ended",
      fixed: { retention: { orders: { after: "custom:trial_ended", custom_event: "afloop van de proefperiode" } } },
    },
  ]);
});
