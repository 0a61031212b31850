import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

const access = { method: "GET", path: "/people/{identity.email|md5}" };
const erasure = { method: "DELETE", path: "/people/{identity.email|md5}" };

/** A members table of the company's customers (tenant column or not), and an API beside it. */
function processorMode(options: { tenantColumn: boolean; tenants?: "none" | "scoped" }): Patch {
  return {
    datasets: {
      connections: { app: { url_env: "APP_DB_URL" } },
      collections: {
        members: {
          connection: "app",
          table: "members",
          ...(options.tenantColumn ? { tenant: "tenant_id" } : {}),
          fields: { email: { category: "contact.email", identity: "email" } },
        },
      },
      systems: {
        crm: {
          kind: "http",
          label: "CRM",
          base_url_env: "CRM_URL",
          access,
          erasure,
          ...(options.tenants ? { tenants: options.tenants } : {}),
        } as never,
      },
    } as never,
  };
}

describe("systems in processor mode", () => {
  ruleCases([
    {
      name: "a system that records no tenants: beside collections with a tenant column",
      rule: "system-tenant-scope-unrecorded",
      severity: "warning",
      patch: processorMode({ tenantColumn: true }),
      at: ["systems:", "^crm:"],
      says: "crm records no tenants:, so a request a tenant files is refused",
      fixed: processorMode({ tenantColumn: true, tenants: "none" }),
    },
    {
      name: "a system that records no tenants: (scoped is as good as none)",
      rule: "system-tenant-scope-unrecorded",
      severity: "warning",
      patch: processorMode({ tenantColumn: true }),
      at: ["systems:", "^crm:"],
      fixed: processorMode({ tenantColumn: true, tenants: "scoped" }),
    },
    {
      name: "a system that records no tenants: (without tenant columns nothing is asked)",
      rule: "system-tenant-scope-unrecorded",
      severity: "warning",
      patch: processorMode({ tenantColumn: true }),
      at: ["systems:", "^crm:"],
      fixed: processorMode({ tenantColumn: false }),
      fixedName: "the register of a company with no tenants",
    },
  ]);
});
