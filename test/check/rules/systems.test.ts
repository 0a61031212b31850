import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

const access = { method: "GET", path: "/people/{identity.email|md5}" };
const erasure = { method: "DELETE", path: "/people/{identity.email|md5}" };
const unsubscribe = { method: "PATCH", path: "/people/{identity.email|md5}", body: { status: "unsubscribed" } };

function crm(fields: Record<string, unknown>): Patch {
  return {
    datasets: {
      systems: {
        crm: { kind: "http", label: "CRM", base_url_env: "CRM_URL", access, erasure, ...fields } as never,
      },
    },
  };
}

describe("HTTP systems", () => {
  ruleCases([
    {
      name: "a field whose category no activity lists",
      rule: "system-category-undeclared",
      severity: "error",
      patch: crm({ fields: { email: "contact.email", ip: "online.ip_address" } }),
      at: ["crm:", "ip: ^online.ip_address"],
      says: "crm: ip holds online.ip_address, but no activity lists that category",
      fixed: crm({ fields: { email: "contact.email", name: "identity.name" } }),
    },
    {
      name: "a system without an erasure request",
      rule: "system-request-missing",
      severity: "warning",
      patch: crm({ erasure: undefined }),
      at: ["^crm:"],
      says: "crm declares no erasure request: erasure requests cannot erase there and end partially completed.",
      fixed: crm({}),
    },
    {
      name: "an objection call for an activity the register does not declare",
      rule: "reference-unknown",
      severity: "error",
      patch: crm({ objection: { ...unsubscribe, activities: ["shop", "newsletter"] } }),
      at: ["crm:", "objection:", "- ^newsletter"],
      says: 'Unknown activity "newsletter": it is not defined in activities.',
      fixed: crm({ objection: { ...unsubscribe, activities: ["shop"] } }),
    },
    {
      name: "a withdrawal call for a consent purpose the register does not declare",
      rule: "reference-unknown",
      severity: "error",
      patch: crm({ withdrawal: { ...unsubscribe, purposes: ["newsletter"] } }),
      at: ["crm:", "withdrawal:", "- ^newsletter"],
      says: 'Unknown consent purpose "newsletter": it is not defined in consent.purposes.',
      fixed: {
        ...crm({ withdrawal: { ...unsubscribe, purposes: ["newsletter"] } }),
        consent: { purposes: { newsletter: { name: "Nieuwsbrief", description: "onze nieuwsbrief" } } },
      },
    },
    {
      name: "a system without an access request",
      rule: "system-request-missing",
      severity: "warning",
      patch: crm({ access: undefined }),
      at: ["^crm:"],
      says: "crm declares no access request",
      fixed: crm({}),
    },
  ]);
});
