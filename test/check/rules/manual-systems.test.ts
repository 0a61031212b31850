import { describe } from "vitest";
import { ruleCases } from "../helpers.js";

const archive = (extra: Record<string, unknown> = {}) => ({
  kind: "manual" as const,
  name: "Papieren archief",
  owner: { name: "Anna", email: "archief@voorbeeld.example" },
  requests: ["access" as const, "erasure" as const],
  instructions: { general: "Zoek de map van de klant." },
  ...extra,
});

const crm = (extra: Record<string, unknown> = {}) => ({
  kind: "webhook" as const,
  name: "CRM",
  url_env: "CRM_HOOK_URL",
  secret_env: "CRM_HOOK_SECRET",
  requests: ["access" as const],
  ...extra,
});

describe("manual systems", () => {
  ruleCases([
    {
      name: "a system whose recipient has no contact address",
      rule: "manual-system-without-owner",
      severity: "error",
      patch: { datasets: { systems: { mail_only: archive({ owner: undefined, recipient: "hosting" }) } } },
      at: ["mail_only:", "recipient: ^hosting"],
      says: /no contact e-mail address/,
      fixed: {
        recipients: { hosting: { contact: { email: "support@hosting.example" } } },
        datasets: { systems: { mail_only: archive({ owner: undefined, recipient: "hosting" }) } },
      },
      fixedName: "a recipient with contact.email",
    },
    {
      name: "a request type without instructions",
      rule: "manual-system-without-instructions",
      severity: "warning",
      patch: { datasets: { systems: { archive: archive({ instructions: { access: "Kopieer de map." } }) } } },
      at: ["archive:", "^instructions:"],
      says: /no instructions for erasure/,
      fixed: { datasets: { systems: { archive: archive() } } },
    },
    {
      name: "a category the taxonomy does not know",
      rule: "reference-unknown",
      severity: "error",
      patch: { datasets: { systems: { archive: archive({ categories: ["contact.fax_machine"] }) } } },
      at: ["archive:", "categories:", "^contact.fax_machine"],
      fixed: { datasets: { systems: { archive: archive({ categories: ["contact.email"] }) } } },
    },
    {
      name: "a webhook system's category the taxonomy does not know",
      rule: "reference-unknown",
      severity: "error",
      patch: { datasets: { systems: { crm: crm({ categories: ["contact.fax_machine"] }) } } },
      at: ["crm:", "categories:", "^contact.fax_machine"],
      fixed: { datasets: { systems: { crm: crm({ categories: ["contact.email"] }) } } },
    },
    {
      name: "a webhook system and no address to escalate its overdue tasks to",
      rule: "manual-system-without-officer",
      severity: "warning",
      patch: {
        organization: { dpo: undefined, privacy_officer: undefined, contact: undefined },
        datasets: { systems: { crm: crm() } },
      },
      at: ["^organization:"],
      says: /manual or webhook systems/,
      fixed: {
        organization: { dpo: undefined, privacy_officer: undefined, contact: undefined },
        datasets: { systems: {} },
      },
      fixedName: "no system that answers later",
    },
  ]);
});
