import { buildGraph, type DatasetGraph, ENGINE_ACTION, requestGraph, TenantScopeError } from "../datasets/index.js";
import type { RequestType } from "../kernel/index.js";
import type { Register } from "../register/index.js";
import { planSystems, type SystemPlan } from "../systems/index.js";
import { systemsReached, systemsSkipped } from "../tasks/index.js";
import { refuseUnrecordedSystems } from "./process/tenant-systems.js";

/** A manual or webhook system a request would make a task for, and whom the task goes to. */
export interface PlannedTask {
  system: string;
  /** The owner's name as the register records it; a webhook system's task is signed and sent instead. */
  owner?: string;
}

/** What a request would reach beside the databases' own steps, and the graph those steps walk. */
export interface RequestReach {
  /** The graph the run walks; undefined for a type with no dataset operation, or when refused. */
  graph?: DatasetGraph;
  /** The HTTP systems' calls, with what a tenant's request leaves out and why. */
  systems: SystemPlan[];
  tasks: PlannedTask[];
  /** The manual and webhook systems a tenant's request leaves out, with why. */
  skippedTasks: { system: string; reason: string }[];
  /** Why the run would refuse the request before reading a row or making a task (a tenant's only). */
  refused?: string;
}

/**
 * What a request of this type, starting from these identity types, would reach when run: the
 * company's own without a tenant, else a request that tenant filed. The same checks as the run, in
 * its order (process-request.ts): a system recording nothing about the tenants refuses it first,
 * then a walk nothing ties to the tenant (scopeToTenant). Reads the register only.
 */
export function planRequest(
  register: Register,
  type: RequestType,
  identityTypes: readonly string[],
  tenant?: string,
): RequestReach {
  const action = ENGINE_ACTION[type];
  const systemsAction = action ?? (type === "objection" || type === "withdrawal" ? type : undefined);
  let graph: DatasetGraph | undefined;
  try {
    if (tenant !== undefined && !tenant.trim()) throw new TenantScopeError("a tenant's key is not empty");
    refuseUnrecordedSystems(register, type, tenant);
    if (action !== null) graph = requestGraph(buildGraph(register), identityTypes, tenant);
  } catch (error) {
    if (!(error instanceof TenantScopeError)) throw error;
    return { systems: [], tasks: [], skippedTasks: [], refused: error.message };
  }
  return {
    graph,
    systems: systemsAction ? planSystems(register, systemsAction, identityTypes, tenant) : [],
    tasks: systemsReached(register, type, tenant).map((r) => ({
      system: r.key,
      ...(r.system.kind === "manual" ? { owner: r.owner.name } : {}),
    })),
    skippedTasks: systemsSkipped(register, type, tenant),
  };
}
