import type { HttpRequestTemplate, HttpSystem } from "../register/index.js";
import type { Register } from "../register/index.js";
import { usesRecord } from "./http/template.js";
import { httpSystems } from "./run.js";
import { tenantSkip } from "./tenant.js";

/** What a request would call in one system: the register's templates, never a filled-in URL. */
export interface SystemPlan {
  system: string;
  calls: string[];
  /**
   * Why the system is left out (no identity of its type, no request declared for the operation, or
   * the tenant: see tenantSkip).
   */
  skipped?: string;
  /** For an objection or a withdrawal: which ones the calls are made for (the register's ids). */
  only?: string;
}

const call = (t: HttpRequestTemplate, each = false) => `${t.method} ${t.path}${each ? " (for each record found)" : ""}`;

/** Which objections or withdrawals a system's call is made for, as the register names them. */
function only(register: Register, system: HttpSystem, action: string): { only?: string } {
  if (action === "withdrawal" && system.withdrawal)
    return { only: `for a withdrawal of consent to ${system.withdrawal.purposes.join(", ")}` };
  if (action !== "objection" || !system.objection) return {};
  const { activities } = system.objection;
  const marketing = activities.some((a) => register.activities[a]?.purpose_kind?.startsWith("marketing."));
  return { only: `for an objection to ${activities.join(", ")}${marketing ? " or to direct marketing" : ""}` };
}

/**
 * The calls a request of this kind would make in each HTTP system, in the order the run makes them.
 * A system without a restriction request is left out of a restriction: APIs have no common way to
 * mark a person restricted, so only the register can say how. Without a tenant it plans the company's
 * own request; with one, a request that tenant filed, which a system recording no `tenants:` refuses
 * as the run does.
 */
export function planSystems(
  register: Register,
  action: "access" | "erasure" | "rectification" | "restriction" | "objection" | "withdrawal",
  identityTypes: readonly string[],
  tenant?: string,
): SystemPlan[] {
  return httpSystems(register).map(([id, system]) => {
    const left = tenantSkip(system, tenant);
    if (left !== undefined) return { system: id, calls: [], skipped: left };
    if (tenant !== undefined && system.tenants === undefined)
      return { system: id, calls: [], skipped: "a tenant's request is refused: it records no tenants: none | scoped" };
    if (!identityTypes.includes(system.identity))
      return { system: id, calls: [], skipped: `it finds people by ${system.identity}` };
    const template = system[action];
    if (!template) return { system: id, calls: [], skipped: `it declares no ${action} request` };
    if (action === "access") return { system: id, calls: [call(template)] };
    const perRecord = usesRecord(template.path) || usesRecord(template.body);
    if (perRecord && !system.access) return { system: id, calls: [], skipped: "it declares no access request" };
    const calls = perRecord ? [call(system.access!), call(template, true)] : [call(template)];
    return { system: id, calls, ...only(register, system, action) };
  });
}
