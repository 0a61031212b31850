import type { Identity } from "../kernel/index.js";
import type { Connections } from "./connections.js";
import { type DatasetGraph, tenantColumnOf } from "./graph.js";
import { matchForm, matchModeOf } from "./identity-match.js";
import { keyOf } from "./table.js";
import { lookupRows } from "./walk.js";

/**
 * The graph the company's own request walks (one no tenant filed). Rows of a collection the register
 * says the company processes for a tenant (processed_for_tenant) are that tenant's to answer for: as
 * its processor the company acts only on its instructions (Art. 28(3)(a)), so its own request neither
 * discloses nor changes them. The walk leaves such collections out (no lookup starts or steps there);
 * the graph keeps them, with their references, so the blast-radius guard still reads a row there to
 * judge whose a row that points at it is, and the erasure order between the others stays as it was.
 * A request the tenant files is scoped to it instead (scopeToTenant) and does reach them.
 */
export function leaveToTenants(graph: DatasetGraph): DatasetGraph {
  const referred = new Map<string, string | undefined>();
  for (const [name, collection] of graph.collections)
    if (collection.processed_for_tenant) referred.set(name, tenantColumnOf(collection));
  return referred.size > 0 ? { ...graph, referred } : graph;
}

/**
 * The tenants whose rows of the left-out collections hold one of the person's identities: the keys in
 * those rows' tenant column, sorted, and nothing else of the rows. Only rows an identity matches
 * count, as the walk's own first round would have found them; a collection without a tenant column
 * (which `check` reports) names no tenant.
 */
export async function referredTenants(
  graph: DatasetGraph,
  connections: Connections,
  identities: readonly Identity[],
): Promise<string[]> {
  const keys = new Set<string>();
  for (const [name, column] of [...(graph.referred ?? [])].sort(([a], [b]) => a.localeCompare(b))) {
    if (!column) continue;
    const collection = graph.collections.get(name)!;
    for (const [field, def] of Object.entries(collection.fields)) {
      if (!def.identity) continue;
      const mode = matchModeOf(def);
      const values = identities.filter((i) => i.type === def.identity).map((i) => matchForm(mode, i.value));
      if (values.length === 0) continue;
      for (const row of await lookupRows(graph, connections, name, field, values, mode)) {
        const key = row[column];
        if (key !== null && key !== undefined && keyOf(key) !== "") keys.add(keyOf(key));
      }
    }
  }
  return [...keys].sort();
}
