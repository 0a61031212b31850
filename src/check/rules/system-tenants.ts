import { tenantColumnOf } from "../../datasets/index.js";
import type { Rule } from "../rule.js";

/**
 * Where the company processes its customers' data (a collection with a tenant column), a tenant's
 * request that would reach a system recording nothing about the tenants is refused: neither skipping
 * the system nor telling it the tenant is known to be right. Said here, before a tenant's request is.
 */
export const systemTenantScopeUnrecorded: Rule = {
  id: "system-tenant-scope-unrecorded",
  severity: "warning",
  article: "GDPR Art. 28(3)(a), Art. 28(3)(e)",
  summary: "Where collections have a tenant column, every system records what it holds of the tenants' end users.",
  hint: "record tenants: none (it holds no data of the tenants' end users) or tenants: scoped (it is told which tenant: {tenant} in an API's templates, tenant in a webhook's body, the tenant's key in a task)",
  *run({ register }) {
    const collections = Object.values(register.datasets?.collections ?? {});
    if (!collections.some((c) => tenantColumnOf(c) !== undefined)) return;
    for (const [id, system] of Object.entries(register.datasets?.systems ?? {}))
      if (system.tenants === undefined)
        yield {
          path: ["datasets", "systems", id],
          atKey: true,
          message: `${id} records no tenants:, so a request a tenant files is refused wherever it would reach ${id}.`,
        };
  },
};
