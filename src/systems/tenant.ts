import type { HttpSystem } from "../register/index.js";
import { usesTenant } from "./http/template.js";

const OPERATIONS = ["access", "erasure", "rectification"] as const;

/** Whether a system's templates take the tenant's key anywhere: path, headers or body. */
export function httpUsesTenant(system: HttpSystem): boolean {
  return OPERATIONS.some((operation) => {
    const t = system[operation];
    return t !== undefined && (usesTenant(t.path) || usesTenant(t.headers) || usesTenant(t.body));
  });
}

/**
 * Why a request leaves an HTTP system out for its tenant, or undefined when it reaches it. A tenant's
 * request skips a system that holds none of the tenants' end users (`tenants: none`). The company's
 * own request skips a scoped system whose templates need a tenant: filled with nothing, they would
 * search every customer's people, and the company answers for its own data there, not its customers'.
 * A tenant's request to a system that records nothing is refused before it starts (requests/process).
 */
export function tenantSkip(system: HttpSystem, tenant: string | undefined): string | undefined {
  if (tenant !== undefined && system.tenants === "none") return "it holds no data of the tenants' end users";
  if (tenant === undefined && system.tenants === "scoped" && httpUsesTenant(system))
    return "it needs a tenant: its requests name {tenant}, and the company's own request has none";
  return undefined;
}
