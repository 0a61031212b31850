import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

/** A newsletter on consent: the shape the e-mail marketing rules look at. */
function newsletter(purpose: Record<string, unknown>, activity: Record<string, unknown> = {}): Patch {
  return {
    activities: {
      mailing: {
        name: "Mailing",
        purpose: "aanbiedingen sturen",
        purpose_kind: "marketing.direct",
        legal_basis: "consent",
        consent_purpose: "offers",
        subjects: ["customers"],
        data_categories: ["contact.email"],
        retention: "orders",
        ...activity,
      },
    },
    consent: {
      purposes: {
        offers: {
          name: "Aanbiedingen",
          description: "aanbiedingen per e-mail",
          mechanism: "double_opt_in",
          withdrawal: "afmeldlink in elke e-mail",
          unsubscribe_in_every_message: true,
          ...purpose,
        },
      },
    },
  };
}

const children = (minors: Record<string, unknown>): Patch => ({ minors });

describe("consent rules", () => {
  ruleCases([
    {
      name: "consent as basis without a consent purpose",
      rule: "consent-purpose-missing",
      severity: "error",
      patch: newsletter({}, { consent_purpose: undefined }),
      at: ["mailing:", "legal_basis: ^consent"],
      fixed: newsletter({}),
    },
    ...(["implied_by_use", "implied_by_account", "implied_by_form", "pre_ticked", "opt_out"] as const).map(
      (mechanism) => ({
        name: `consent by ${mechanism}`,
        rule: "consent-implied",
        severity: "error" as const,
        patch: newsletter({ mechanism }),
        at: ["offers:", `mechanism: ^${mechanism}`],
        says: "not a specific, informed and unambiguous choice",
        fixed: newsletter({ mechanism: "opt_in" }),
      }),
    ),
    {
      name: "a consent purpose without a way to withdraw",
      rule: "withdrawal-missing",
      severity: "error",
      patch: newsletter({ withdrawal: undefined }),
      at: ["^offers:"],
      fixed: newsletter({}),
    },
    {
      name: "marketing e-mail without an unsubscribe in every message",
      rule: "marketing-email-without-unsubscribe",
      severity: "error",
      patch: newsletter({ unsubscribe_in_every_message: undefined }),
      at: ["consent:", "^offers:"],
      fixed: newsletter({ unsubscribe_in_every_message: true }),
    },
    {
      name: "a newsletter, recognised by its Dutch name, that switches the unsubscribe off",
      rule: "marketing-email-without-unsubscribe",
      severity: "error",
      patch: newsletter(
        { unsubscribe_in_every_message: false, name: "Nieuwsbrief" },
        { purpose_kind: "communication.contact", data_categories: ["identity.name"] },
      ),
      at: ["offers:", "unsubscribe_in_every_message: ^false"],
      fixed: newsletter(
        { unsubscribe_in_every_message: false, name: "Enquête" },
        { purpose_kind: "communication.contact", data_categories: ["identity.name"] },
      ),
      fixedName: "a consent purpose that is not about e-mail marketing",
    },
    {
      name: "marketing e-mail with a single opt-in",
      rule: "marketing-email-single-opt-in",
      severity: "info",
      patch: newsletter({ mechanism: "opt_in" }),
      at: ["offers:", "mechanism: ^opt_in"],
      fixed: newsletter({ mechanism: "double_opt_in" }),
    },
    {
      name: "a service that targets children",
      rule: "children-without-parental-consent",
      severity: "error",
      patch: children({ targets_children: true }),
      at: ["minors:", "targets_children: ^true"],
      fixed: children({ targets_children: true, parental_consent: true }),
    },
    {
      name: "an activity about children",
      rule: "children-without-parental-consent",
      severity: "error",
      patch: {
        subjects: { pupils: { name: "leerlingen", kind: "child" } },
        activities: { shop: { subjects: ["customers", "pupils"] } },
      },
      at: ["shop:", "- ^pupils"],
      says: "pupils",
      fixed: {
        subjects: { pupils: { name: "leerlingen", kind: "child" } },
        activities: { shop: { subjects: ["customers", "pupils"] } },
        minors: { parental_consent: true },
      },
    },
    {
      name: "consent asked from age 13",
      rule: "children-without-parental-consent",
      severity: "error",
      patch: { ...newsletter({}), minors: { minimum_age: 13 } },
      at: ["minors:", "minimum_age: ^13"],
      fixed: { ...newsletter({}), minors: { minimum_age: 16 } },
    },
  ]);
});
