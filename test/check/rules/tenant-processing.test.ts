import { describe } from "vitest";
import { ruleCases } from "../helpers.js";

const contacts = (extra: Record<string, unknown>) => ({
  datasets: {
    connections: { app: { url_env: "APP_URL" } },
    collections: {
      contacts: {
        connection: "app",
        table: "contacts",
        processed_for_tenant: true,
        fields: { email: { category: "contact.email", identity: "email" } },
        ...extra,
      },
    },
  },
});

describe("collections processed for a tenant", () => {
  ruleCases([
    {
      name: "a collection processed for a tenant without a tenant column",
      rule: "dataset-tenant-processing-without-column",
      severity: "error",
      patch: contacts({}),
      at: ["contacts:", "processed_for_tenant: ^true"],
      says: /names no tenant column/,
      fixed: contacts({ tenant: "tenant_id" }),
      fixedName: "one naming its tenant column",
    },
    {
      name: "a tenant column given only under retention is one all the same",
      rule: "dataset-tenant-processing-without-column",
      severity: "error",
      patch: contacts({ tenant: undefined }),
      at: ["contacts:", "processed_for_tenant: ^true"],
      fixed: contacts({ retention: { rule: "orders", since: "created_at", tenant: "tenant_id" } }),
      fixedName: "retention.tenant",
    },
  ]);
});
