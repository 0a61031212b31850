import {
  buildGraph,
  childrenFirst,
  type CollectionDef,
  type DatasetGraph,
  type Edge,
  tenantColumnOf,
} from "../datasets/index.js";
import type { Register, RetentionRule } from "../register/index.js";
import type { SweepHold } from "./compile.js";

/**
 * A collection a tenant's purge removes rows from: those whose tenant column holds the tenant's key,
 * and those that point, by a reference the purge follows down, at rows it removes.
 */
export interface TenantTarget {
  name: string;
  collection: CollectionDef;
  /** The column with the tenant's key, where the collection has one. */
  tenant?: string;
  /** The references from purged collections down to this one: how its rows of the tenant are found. */
  via: Edge[];
  /** The collection's own holds and the tenant rule's holds on its categories: rows they keep stay, restricted. */
  holds: SweepHold[];
}

/** What a tenant's deletion covers, and what it would leave behind. */
export interface TenantPlan {
  ruleId: string;
  rule: RetentionRule;
  graph: DatasetGraph;
  /** Children before parents, so deleting a row never trips a foreign key. */
  targets: TenantTarget[];
  /**
   * Collections that point at a purged collection by a reference the purge does not follow down (to
   * the parent only, or between people) and name no tenant column: their rows are not purged, rows
   * they point at stay with them, and the operator is told so instead of being told the tenant is gone.
   */
  uncovered: string[];
}

export class TenantPlanError extends Error {}

/** The rules a tenant's deletion starts: those counted from `tenant_deleted`. */
export function tenantRules(register: Register): string[] {
  return Object.entries(register.retention)
    .filter(([, rule]) => rule.after === "tenant_deleted")
    .map(([id]) => id)
    .sort();
}

function ruleFor(register: Register, wanted: string | undefined): [string, RetentionRule] {
  const rules = tenantRules(register);
  if (wanted !== undefined) {
    const rule = register.retention[wanted];
    if (!rule) throw new TenantPlanError(`the register has no retention rule "${wanted}"`);
    if (rule.after !== "tenant_deleted")
      throw new TenantPlanError(`retention rule "${wanted}" does not start at tenant_deleted`);
    return [wanted, rule];
  }
  if (rules.length === 0)
    throw new TenantPlanError("the register has no retention rule with after: tenant_deleted to delete a tenant by");
  if (rules.length > 1)
    throw new TenantPlanError(
      `more than one rule starts at tenant_deleted (${rules.join(", ")}); name one with --rule`,
    );
  return [rules[0]!, register.retention[rules[0]!]!];
}

function holdsOf(collection: CollectionDef, rule: RetentionRule): SweepHold[] {
  const categories = new Set(Object.values(collection.fields).flatMap((f) => (f.category ? [f.category] : [])));
  return [
    ...collection.holds.map((h) => ({ ground: h.ground, law: h.law, period: h.period, since: h.since })),
    // The rule's holds count from the tenant's deletion, which no column holds: they keep the rows.
    ...rule.holds
      .filter((h) => !h.applies_to || h.applies_to.some((c) => categories.has(c)))
      .map((h) => ({ ground: h.ground, law: h.law })),
  ];
}

/** Whether a tenant's purge follows a reference from the parent's rows down to the child's. */
export const followedDown = (edge: Edge): boolean => edge.down && !edge.linksPeople && edge.parent !== edge.child;

/**
 * Plans a tenant's deletion from the register: the tenant rule (the only one starting at
 * `tenant_deleted`, or the one named), every collection whose retention names a tenant column, and
 * every collection below them by a reference the purge may follow down: a company's schema often has
 * the tenant's key on the root alone and derives the rest by foreign keys. A purge deletes rows; a
 * rule that anonymises or restricts is refused, so the product never reports a tenant as purged when
 * its rows were only changed.
 */
export function planTenantDeletion(register: Register, wantedRule?: string): TenantPlan {
  const [ruleId, rule] = ruleFor(register, wantedRule);
  if (rule.action !== "delete")
    throw new TenantPlanError(`retention rule "${ruleId}" says ${rule.action}; a tenant's purge deletes its rows`);
  const graph = buildGraph(register);
  const found = new Map<string, TenantTarget>();
  for (const [name, collection] of graph.collections) {
    const tenant = tenantColumnOf(collection);
    if (!tenant) continue;
    found.set(name, { name, collection, tenant, via: [], holds: holdsOf(collection, rule) });
  }
  if (found.size === 0)
    throw new TenantPlanError(
      "no collection names a tenant column (tenant: <column>), so nothing can be purged for a tenant",
    );
  for (let grew = true; grew;) {
    grew = false;
    for (const edge of graph.edges) {
      if (!followedDown(edge) || !found.has(edge.parent) || found.has(edge.child)) continue;
      const collection = graph.collections.get(edge.child)!;
      found.set(edge.child, { name: edge.child, collection, via: [], holds: holdsOf(collection, rule) });
      grew = true;
    }
  }
  for (const edge of graph.edges)
    if (followedDown(edge) && found.has(edge.parent)) found.get(edge.child)!.via.push(edge);
  const targets = childrenFirst(graph, [...found.keys()]).map((n) => found.get(n)!);
  const uncovered = [
    ...new Set(graph.edges.filter((e) => found.has(e.parent) && !found.has(e.child)).map((e) => e.child)),
  ].sort();
  return { ruleId, rule, graph, targets, uncovered };
}

/**
 * The purged collections a legal hold on whole collections keeps: the held ones, and every purged
 * collection they point at, transitively, since deleting a parent would leave the held rows
 * pointing at nothing (or be refused by the foreign key).
 */
export function keptByCollectionHolds(plan: TenantPlan, held: ReadonlySet<string>): Set<string> {
  const purged = new Set(plan.targets.map((t) => t.name));
  const kept = new Set([...held].filter((name) => purged.has(name)));
  for (let grew = true; grew;) {
    grew = false;
    for (const edge of plan.graph.edges) {
      if (kept.has(edge.child) && purged.has(edge.parent) && !kept.has(edge.parent)) {
        kept.add(edge.parent);
        grew = true;
      }
    }
  }
  return kept;
}
