import { buildGraph, type DatasetGraph, identityTypes } from "./graph.js";
import type { Register } from "../register/index.js";
import { closeConnections, type Connections, openConnections } from "./connections.js";
import { parseIdentity } from "./identity.js";
import type { Identity } from "../kernel/index.js";
import { scopeToTenant } from "./tenant-scope.js";
import { leaveToTenants } from "./tenant-referral.js";

/** Everything one request needs: the graph, open connections and the parsed identities. */
export interface RequestSession {
  register: Register;
  graph: DatasetGraph;
  connections: Connections;
  identities: Identity[];
}

/**
 * Opens a session, runs `work`, and always closes the connections. The CLI, the workers and the
 * tests all go through this, so connection handling lives in one place. With a tenant's key the
 * graph is scoped to that tenant's rows, or the request refused before a connection opens; without
 * one, the collections the company processes for its tenants are left to them (leaveToTenants).
 */
export async function withSession<T>(
  register: Register,
  rawIdentities: readonly string[],
  work: (session: RequestSession) => Promise<T>,
  env: NodeJS.ProcessEnv = process.env,
  tenant?: string,
): Promise<T> {
  const whole = buildGraph(register);
  // A register may reach its people only through systems (APIs); with neither there is nothing to run.
  if (whole.collections.size === 0 && (whole.systemIdentities ?? []).length === 0)
    throw new Error("the register declares no datasets: nothing to run a request against");
  const identities = rawIdentities.map((raw) => parseIdentity(raw, identityTypes(whole)));
  if (identities.length === 0)
    throw new Error("give at least one --identity, e.g. --identity email=someone@example.nl");
  const graph = requestGraph(
    whole,
    identities.map((i) => i.type),
    tenant,
  );
  const connections = await openConnections(register, env);
  try {
    return await work({ register, graph, connections, identities });
  } finally {
    await closeConnections(connections);
  }
}

/**
 * The graph a request walks: the company's own leaves its tenants' collections to them
 * (leaveToTenants); a tenant's is scoped to that tenant's rows, or refused (scopeToTenant throws a
 * TenantScopeError). One place, so a plan shows the walk the run takes.
 */
export function requestGraph(
  whole: DatasetGraph,
  identityTypes: readonly string[],
  tenant: string | undefined,
): DatasetGraph {
  return tenant === undefined ? leaveToTenants(whole) : scopeToTenant(whole, identityTypes, tenant);
}
