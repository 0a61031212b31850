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
 * Where the register marks what the company processes for its tenants, the rest is left out first
 * (companyOwnCollections): the company's own data is neither a start nor a step of a tenant's walk.
 */
export function scopeToTenant(graph: DatasetGraph, identityTypes: readonly string[], key: string): DatasetGraph {
  if (!key.trim()) throw new TenantScopeError("a tenant's key is not empty");
  const columns = new Map<string, string>();
  for (const [name, collection] of graph.collections) {
    const column = tenantColumnOf(collection);
    if (column) columns.set(name, column);
  }
  const companyOwn = companyOwnCollections(graph);
  const scoped: DatasetGraph = companyOwn ? { ...graph, companyOwn } : graph;
  const covered = coveredDown(graph, new Set(columns.keys()));
  const seeds = seedCollections(graph, identityTypes).filter((name) => !companyOwn?.has(name));
  const unscopedSeeds = seeds.filter((name) => !columns.has(name));
  if (unscopedSeeds.length > 0)
    throw new TenantScopeError(
      `a tenant's request starts at ${unscopedSeeds.join(", ")}, which name no tenant column: give each tenant: <column>`,
    );
  const outside = [...reachLevels(scoped, seeds).keys()].filter((name) => !covered.has(name)).sort();
  if (outside.length > 0)
    throw new TenantScopeError(
      `a tenant's request would reach ${outside.join(", ")}, which name no tenant column and no reference leads down to from a collection that does: give each tenant: <column>`,
    );
  return { ...scoped, tenant: { key, columns } };
}

/** The collections reached from these down references between rows of one person, these included. */
function coveredDown(graph: DatasetGraph, from: Set<string>): Set<string> {
  const covered = new Set(from);
  for (let grew = true; grew;) {
    grew = false;
    for (const edge of graph.edges)
      if (safelyDown(edge) && covered.has(edge.parent) && !covered.has(edge.child)) {
        covered.add(edge.child);
        grew = true;
      }
  }
  return covered;
}

/**
 * Where the register marks what the company processes for its tenants (processed_for_tenant), the
 * tenant is controller of that data only: every other collection is the company's own, which a
 * tenant's request neither reads nor changes (those reached down from a marked one are the tenant's
 * too). Undefined when nothing is marked: the register then says nothing about which data is whose,
 * and the tenant column alone decides, refusing what it cannot scope.
 */
function companyOwnCollections(graph: DatasetGraph): Set<string> | undefined {
  const marked = [...graph.collections].filter(([, c]) => c.processed_for_tenant).map(([name]) => name);
  if (marked.length === 0) return undefined;
  const tenants = coveredDown(graph, new Set(marked));
  return new Set([...graph.collections.keys()].filter((name) => !tenants.has(name)));
}

/** Whether a tenant's walk follows this edge upward, from child rows to their parent row. */
export function tenantClimbs(graph: DatasetGraph, edge: Edge): boolean {
  return !graph.tenant || graph.tenant.columns.has(edge.parent);
}
