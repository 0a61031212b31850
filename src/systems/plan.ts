import type { HttpRequestTemplate } from "../register/index.js";
import type { Register } from "../register/index.js";
import { usesRecord } from "./http/template.js";
import { httpSystems } from "./run.js";

/** What a request would call in one system: the register's templates, never a filled-in URL. */
export interface SystemPlan {
  system: string;
  calls: string[];
  /** Why the system is left out (no identity of its type, no request declared for the operation). */
  skipped?: string;
}

const call = (t: HttpRequestTemplate, each = false) => `${t.method} ${t.path}${each ? " (for each record found)" : ""}`;

/**
 * The calls a request of this kind would make in each HTTP system, in the order the run makes them.
 * Restriction is carried out in the databases only: APIs have no common way to mark a person restricted.
 */
export function planSystems(
  register: Register,
  action: "access" | "erasure" | "rectification" | "restriction",
  identityTypes: readonly string[],
): SystemPlan[] {
  if (action === "restriction") return [];
  return httpSystems(register).map(([id, system]) => {
    if (!identityTypes.includes(system.identity))
      return { system: id, calls: [], skipped: `it finds people by ${system.identity}` };
    const template = system[action];
    if (!template) return { system: id, calls: [], skipped: `it declares no ${action} request` };
    if (action === "access") return { system: id, calls: [call(template)] };
    const perRecord = usesRecord(template.path) || usesRecord(template.body);
    if (perRecord && !system.access) return { system: id, calls: [], skipped: "it declares no access request" };
    return { system: id, calls: perRecord ? [call(system.access!), call(template, true)] : [call(template)] };
  });
}
