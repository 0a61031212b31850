import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

const access = { method: "GET", path: "/people/{identity.email|md5}" };
const erasure = { method: "DELETE", path: "/people/{identity.email|md5}" };

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
