import { type DatasetGraph, type Edge, reachLevels, seedCollections, tenantColumnOf } from "./graph.js";

/** A tenant's request the engine will not run: its walk could reach rows of another tenant. */
export class TenantScopeError extends Error {}

/** A reference a tenant's walk may follow into a collection without a tenant column: down, between rows of one person. */
const safelyDown = (edge: Edge): boolean => edge.down && !edge.linksPeople && edge.parent !== edge.child;

/**
 * The graph a request filed by a tenant walks: every collection with a tenant column is queried with
 * `column = key` too, and a collection without one is reached only down a reference from rows already
 * the tenant's (the walk never climbs into it from a child). Refused, before any row is read, when the
 * walk would start at a collection without a tenant column (its identity would match every tenant's
 * people) or reach one that no chain of such references leads to from a tenant-scoped collection:
 * nothing then says which of its rows are the tenant's, and guessing is how data leaks between customers.
 */
export function scopeToTenant(graph: DatasetGraph, identityTypes: readonly string[], key: string): DatasetGraph {
  if (!key.trim()) throw new TenantScopeError("a tenant's key is not empty");
  const columns = new Map<string, string>();
  for (const [name, collection] of graph.collections) {
    const column = tenantColumnOf(collection);
    if (column) columns.set(name, column);
  }
  const covered = new Set(columns.keys());
  for (let grew = true; grew;) {
    grew = false;
    for (const edge of graph.edges)
      if (safelyDown(edge) && covered.has(edge.parent) && !covered.has(edge.child)) {
        covered.add(edge.child);
        grew = true;
      }
  }
  const seeds = seedCollections(graph, identityTypes);
  const unscopedSeeds = seeds.filter((name) => !columns.has(name));
  if (unscopedSeeds.length > 0)
    throw new TenantScopeError(
      `a tenant's request starts at ${unscopedSeeds.join(", ")}, which name no tenant column: give each tenant: <column>`,
    );
  const outside = [...reachLevels(graph, seeds).keys()].filter((name) => !covered.has(name)).sort();
  if (outside.length > 0)
    throw new TenantScopeError(
      `a tenant's request would reach ${outside.join(", ")}, which name no tenant column and no reference leads down to from a collection that does: give each tenant: <column>`,
    );
  return { ...graph, tenant: { key, columns } };
}

/** Whether a tenant's walk follows this edge upward, from child rows to their parent row. */
export function tenantClimbs(graph: DatasetGraph, edge: Edge): boolean {
  return !graph.tenant || graph.tenant.columns.has(edge.parent);
}
