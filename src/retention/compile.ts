import { buildGraph, childrenFirst, type CollectionDef, type DatasetGraph } from "../datasets/index.js";
import { parseDuration, type Register, type RetentionRule } from "../register/index.js";

export type RetentionAction = "delete" | "anonymize" | "restrict";

/** A hold that keeps due rows of a collection: declared on the collection, or on the rule for its categories. */
export interface SweepHold {
  ground: string;
  law?: string;
  /** Without a period the hold keeps the rows until the register changes. */
  period?: string;
  /** The date column the hold counts from (the rule's start column for the rule's holds); none: it always applies. */
  since?: string;
}

/** One collection a rule governs, with everything its sweep needs to pick the due rows. */
export interface SweepTarget {
  name: string;
  collection: CollectionDef;
  /** The date column holding the rule's start event. */
  since: string;
  /** The column with the tenant's key, for legal holds on a tenant. */
  tenant?: string;
  holds: SweepHold[];
}

/** A retention rule compiled to a sweep: its period and action over the collections that name it. */
export interface Sweep {
  rule: string;
  period: string;
  action: RetentionAction;
  /** Children before parents, so deleting a row never trips a foreign key. */
  targets: SweepTarget[];
}

/** Why a collection that names a rule cannot be swept; `check` reports these with the register's position. */
export interface SweepProblem {
  path: (string | number)[];
  message: string;
}

/**
 * A rule the generic sweep leaves alone because the tenant lifecycle enforces it: its clock starts at
 * a tenant's deletion, which only the lifecycle records, and its undo window only the lifecycle honours.
 */
export interface LifecycleRule {
  rule: string;
  period: string;
  action: RetentionAction;
  /** The collections that name the rule. */
  collections: string[];
}

export interface CompiledRetention {
  graph: DatasetGraph;
  sweeps: Sweep[];
  /** Rules collections name that `waarborg tenant run` enforces instead of the sweep. */
  lifecycle: LifecycleRule[];
  problems: SweepProblem[];
}

/**
 * Whether the tenant lifecycle, not the sweep, enforces a rule: one counted from a tenant's deletion,
 * or any rule with an undo window. A sweep by a date column would delete rows while the deletion can
 * still be undone, whatever the lifecycle says.
 */
export function enforcedByTenantLifecycle(rule: RetentionRule): boolean {
  return rule.after === "tenant_deleted" || rule.undo_window !== undefined;
}

/** The rule a collection names, in either form of its `retention` entry. */
export function ruleOfCollection(collection: CollectionDef): string | undefined {
  const entry = collection.retention;
  return typeof entry === "string" ? entry : entry?.rule;
}

function ruleHolds(rule: RetentionRule, collection: CollectionDef, since: string): SweepHold[] {
  const categories = new Set(Object.values(collection.fields).flatMap((f) => (f.category ? [f.category] : [])));
  return rule.holds
    .filter((h) => !h.applies_to || h.applies_to.some((c) => categories.has(c)))
    .map((h) => ({ ground: h.ground, law: h.law, period: h.period, since }));
}

/**
 * Compiles every retention rule to a sweep over the collections that name it. A collection that names
 * a rule but cannot be swept (no start column, a rule without a fixed period, restriction without a
 * marker) is a problem, never a silent skip: the statement promises the period for that data too.
 */
export function compileRetention(register: Register): CompiledRetention {
  const graph = buildGraph(register);
  const problems: SweepProblem[] = [];
  const byRule = new Map<string, SweepTarget[]>();
  const lifecycle = new Map<string, string[]>();
  for (const [name, collection] of graph.collections) {
    const ruleId = ruleOfCollection(collection);
    if (!ruleId) continue;
    const rule = register.retention[ruleId];
    const at = ["datasets", "collections", name, "retention"];
    if (!rule) continue; // reference-unknown reports it
    if (enforcedByTenantLifecycle(rule)) {
      lifecycle.set(ruleId, [...(lifecycle.get(ruleId) ?? []), name]);
      continue;
    }
    const entry = collection.retention;
    if (typeof entry === "string") {
      problems.push({
        path: at,
        message: `Collection "${name}" names retention rule "${ruleId}" but not the column its start event (${rule.after ?? "the start"}) is in, so no sweep can tell which rows are due; write retention: { rule: ${ruleId}, since: <date column> }.`,
      });
      continue;
    }
    if (!rule.period || !parseDuration(rule.period)) {
      problems.push({
        path: at,
        message: `Collection "${name}" names retention rule "${ruleId}", which has no fixed period to sweep by; give the rule a period, or mark it enforced_elsewhere.`,
      });
      continue;
    }
    if (rule.action === "restrict" && !collection.restriction) {
      problems.push({
        path: at,
        message: `Retention rule "${ruleId}" restricts rows, but collection "${name}" does not say how a restriction is recorded; add restriction: { column: ... } or { side_table: ... }.`,
      });
      continue;
    }
    const since = entry!.since;
    const holds: SweepHold[] = [
      ...collection.holds.map((h) => ({ ground: h.ground, law: h.law, period: h.period, since: h.since })),
      ...ruleHolds(rule, collection, since),
    ];
    byRule.set(ruleId, [
      ...(byRule.get(ruleId) ?? []),
      { name, collection, since, ...(entry!.tenant ? { tenant: entry!.tenant } : {}), holds },
    ]);
  }
  const sweeps: Sweep[] = [];
  for (const [ruleId, targets] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const rule = register.retention[ruleId]!;
    const order = childrenFirst(
      graph,
      targets.map((t) => t.name),
    );
    sweeps.push({
      rule: ruleId,
      period: rule.period!,
      action: rule.action,
      targets: order.map((n) => targets.find((t) => t.name === n)!),
    });
  }
  const lifecycleRules = [...lifecycle]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ruleId, collections]) => {
      const rule = register.retention[ruleId]!;
      return { rule: ruleId, period: rule.period ?? "", action: rule.action, collections: collections.sort() };
    });
  return { graph, sweeps, lifecycle: lifecycleRules, problems };
}
