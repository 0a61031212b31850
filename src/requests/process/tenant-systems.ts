import { TenantScopeError } from "../../datasets/index.js";
import type { RequestType } from "../../kernel/index.js";
import type { Register } from "../../register/index.js";
import { httpSystems } from "../../systems/index.js";
import { systemsReached } from "../../tasks/index.js";

/** The request types whose run calls every HTTP system; the others call those declaring a call for the type. */
const REACH_APIS: readonly RequestType[] = ["access", "portability", "erasure", "rectification"];
const DECLARED: readonly RequestType[] = ["restriction", "objection", "withdrawal"];

/** The HTTP systems a request of this type calls. */
function apisReached(register: Register, type: RequestType) {
  if (REACH_APIS.includes(type)) return httpSystems(register);
  if (!DECLARED.includes(type)) return [];
  return httpSystems(register).filter(([, system]) => system[type as "restriction"] !== undefined);
}

/**
 * The systems a request of this type would reach that record nothing about the tenants (no
 * `tenants:`), sorted: neither skipping nor scoping them is known to be right for a tenant's request.
 */
export function unrecordedSystems(register: Register, type: RequestType): string[] {
  const apis = apisReached(register, type);
  const others = systemsReached(register, type).map((r) => [r.key, r.system] as const);
  return [...apis, ...others]
    .filter(([, system]) => system.tenants === undefined)
    .map(([id]) => id)
    .sort();
}

/**
 * Refuses a tenant's request that would reach a system recording nothing about the tenants. Called
 * before any task is made or mailed, and again before the engine runs: a system that keeps every
 * customer's people together would otherwise be searched, or changed, for the wrong customer.
 */
export function refuseUnrecordedSystems(register: Register, type: RequestType, tenant: string | undefined): void {
  if (tenant === undefined) return;
  const unrecorded = unrecordedSystems(register, type);
  if (unrecorded.length > 0)
    throw new TenantScopeError(
      `a tenant's request would reach the systems ${unrecorded.join(", ")}, which record nothing about the tenants: record tenants: none (it holds no data of the tenants' end users) or tenants: scoped (it is told which tenant) on each`,
    );
}
