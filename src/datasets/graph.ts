import type { z } from "zod";
import type { Collection, Field, Reference, Register } from "../register/index.js";

export type CollectionDef = z.output<typeof Collection>;
export type FieldDef = z.output<typeof Field>;
type ReferenceDef = z.output<typeof Reference>;

/** A foreign-key edge between two collections, with the ways a request may walk it. */
export interface Edge {
  parent: string;
  parentField: string;
  child: string;
  childField: string;
  /** From parent rows to the child rows that point at them. */
  down: boolean;
  /** From child rows to the parent row they point at. */
  up: boolean;
  /** Declared as `none`: a key between people, known but never walked. */
  linksPeople: boolean;
  /** Declared `same_person`: a child row always belongs to its parent row's person. */
  samePerson: boolean;
  /** Where the register declares it: the child collection's references[index]. */
  index: number;
}

/** `after` in the register: `collection` is erased only once every collection in `before` is. */
export interface ErasureOrder {
  collection: string;
  before: string;
}

/** The register's datasets as a graph: what the planner walks and the checker validates. */
export interface DatasetGraph {
  collections: Map<string, CollectionDef>;
  edges: Edge[];
  orders: ErasureOrder[];
  /** Problems in the declaration itself (unknown collection or field in a reference, ...). */
  problems: { path: (string | number)[]; message: string }[];
  /** The identity types the register's systems (APIs) find people by, beside the collections' own. */
  systemIdentities?: string[];
  /** Set for a request a tenant filed: the walk reaches only that tenant's rows (see tenant-scope.ts). */
  tenant?: { key: string; columns: Map<string, string> };
  /**
   * Set for the company's own request: collections it processes for a tenant (processed_for_tenant),
   * each with its tenant column. The walk leaves them to the tenant (see tenant-referral.ts).
   */
  referred?: Map<string, string | undefined>;
  /**
   * Set for a tenant's request where the register marks what the company processes for its tenants:
   * the company's own collections, which the tenant (controller of the marked ones only) has no say
   * over. The walk leaves them out as it leaves the referred ones out of the company's own request.
   */
  companyOwn?: Set<string>;
}

/** Whether a request's walk leaves a collection out: the tenants' for the company, the company's for a tenant. */
export function leftOut(graph: DatasetGraph, name: string): boolean {
  return graph.referred?.has(name) === true || graph.companyOwn?.has(name) === true;
}

/**
 * The column holding the tenant's key: the collection's own `tenant`, else its retention's (the older
 * place, kept working). One column either way, so a purge and a tenant's request find the same rows.
 */
export function tenantColumnOf(collection: CollectionDef): string | undefined {
  if (collection.tenant) return collection.tenant;
  return typeof collection.retention === "object" ? collection.retention.tenant : undefined;
}

function walks(direction: ReferenceDef["direction"]): { down: boolean; up: boolean } {
  if (direction === "none") return { down: false, up: false };
  return { down: direction !== "to_parent", up: direction !== "from_parent" };
}

export function buildGraph(register: Register): DatasetGraph {
  const collections = new Map(Object.entries(register.datasets?.collections ?? {}));
  const connections = register.datasets?.connections ?? {};
  const edges: Edge[] = [];
  const orders: ErasureOrder[] = [];
  const problems: DatasetGraph["problems"] = [];
  for (const [name, collection] of collections) {
    if (!(collection.connection in connections)) {
      problems.push({
        path: ["datasets", "collections", name, "connection"],
        message: `Collection "${name}" uses connection "${collection.connection}", which is not declared under datasets.connections.`,
      });
    }
    collection.references.forEach((ref, index) => {
      const [parent, parentField] = ref.to.split(".") as [string, string];
      const path = ["datasets", "collections", name, "references", index];
      if (!collections.has(parent)) {
        problems.push({ path, message: `Reference ${name}.${ref.field} points at unknown collection "${parent}".` });
        return;
      }
      edges.push({
        parent,
        parentField,
        child: name,
        childField: ref.field,
        ...walks(ref.direction),
        linksPeople: ref.direction === "none",
        samePerson: ref.same_person === true,
        index,
      });
    });
    (collection.after ?? []).forEach((before, index) => {
      const path = ["datasets", "collections", name, "after", index];
      if (!collections.has(before))
        problems.push({ path, message: `Collection "${name}" is to be erased after unknown collection "${before}".` });
      else if (before === name) problems.push({ path, message: `Collection "${name}" cannot be erased after itself.` });
      else orders.push({ collection: name, before });
    });
  }
  const cycle = orderCycle(orders);
  if (cycle)
    problems.push({
      path: ["datasets", "collections", cycle[0] as string, "after"],
      message: `The erasure order goes round in a circle: ${cycle.join(" after ")}.`,
    });
  else {
    // Each connection erases in one transaction, so `after` across connections orders whole connections.
    const across = connectionOrders({ collections, orders });
    const circle = orderCycle(across.map((o) => ({ collection: o.connection, before: o.before })));
    const first = across.find((o) => o.connection === circle?.[0]);
    if (circle && first)
      problems.push({
        path: ["datasets", "collections", first.via, "after"],
        message: `The erasure order across connections goes round in a circle: connection ${circle.join(" after ")}. Each connection is erased in one transaction, so its collections cannot be split around another connection's.`,
      });
  }
  const systemIdentities = Object.values(register.datasets?.systems ?? {}).flatMap((system) =>
    "identity" in system && typeof system.identity === "string" ? [system.identity] : [],
  );
  return { collections, edges, orders, problems, systemIdentities };
}

/** A circle in the `after` declarations, as the collections in it, or undefined. */
function orderCycle(orders: readonly ErasureOrder[]): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const o of orders) next.set(o.collection, [...(next.get(o.collection) ?? []), o.before]);
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === "done") return undefined;
    if (state.get(name) === "open") return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, "open");
    stack.push(name);
    for (const before of [...(next.get(name) ?? [])].sort()) {
      const found = visit(before);
      if (found) return found;
    }
    stack.pop();
    state.set(name, "done");
    return undefined;
  };
  for (const name of [...next.keys()].sort()) {
    const found = visit(name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Fields that hold personal data: a category, an identity or masking make a field personal; `keep`
 * alone declares a column that is not (the register names it so `check --connect` can verify it).
 */
export function personalFields(collection: CollectionDef): string[] {
  return Object.entries(collection.fields)
    .filter(
      ([, f]) =>
        f.category !== undefined || f.identity !== undefined || (f.masking !== undefined && f.masking !== "keep"),
    )
    .map(([name]) => name)
    .sort();
}

/** Collections with a field of one of the identity types: where a request starts. */
export function seedCollections(graph: DatasetGraph, identityTypes: readonly string[]): string[] {
  const seeds: string[] = [];
  for (const [name, collection] of graph.collections) {
    if (Object.values(collection.fields).some((f) => f.identity && identityTypes.includes(f.identity)))
      seeds.push(name);
  }
  return seeds.sort();
}

/** Every identity type the datasets declare (email, phone, customer_number, ...). */
export function identityTypes(graph: DatasetGraph): string[] {
  const types = new Set<string>();
  for (const collection of graph.collections.values()) {
    for (const field of Object.values(collection.fields)) if (field.identity) types.add(field.identity);
  }
  for (const type of graph.systemIdentities ?? []) types.add(type);
  return [...types].sort();
}

/**
 * Walk levels from the seeds: level 0 are the seeds, level n+1 what one walkable edge reaches from
 * level n. Collections never reached are missing from the map.
 */
export function reachLevels(graph: DatasetGraph, seeds: readonly string[]): Map<string, number> {
  // A collection the request leaves out (leftOut) is neither a start nor a step: the walk never queries it.
  const walked = seeds.filter((s) => !leftOut(graph, s));
  const level = new Map<string, number>(walked.map((s) => [s, 0]));
  let frontier = [...walked];
  while (frontier.length) {
    const next: string[] = [];
    for (const name of frontier) {
      for (const edge of graph.edges) {
        const target =
          edge.down && edge.parent === name ? edge.child : edge.up && edge.child === name ? edge.parent : undefined;
        if (target !== undefined && !level.has(target) && !leftOut(graph, target)) {
          level.set(target, (level.get(name) as number) + 1);
          next.push(target);
        }
      }
    }
    frontier = next.sort();
  }
  return level;
}

/**
 * Collections that hold personal data but that no walk from any identity reaches: a request would
 * silently miss them, so `check` reports them as errors.
 */
export function unreachableCollections(graph: DatasetGraph): string[] {
  const reached = reachLevels(graph, seedCollections(graph, identityTypes(graph)));
  return [...graph.collections.entries()]
    .filter(([name, c]) => !reached.has(name) && personalFields(c).length > 0)
    .map(([name]) => name)
    .sort();
}

/**
 * Erasure order: children before parents, so deleting a row never trips a foreign key, and every
 * collection after those its `after` names. A cycle falls back to name order for the collections in it.
 */
export function childrenFirst(graph: DatasetGraph, names: readonly string[]): string[] {
  const wanted = new Set(names);
  const done = new Set<string>();
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (done.has(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const edge of graph.edges)
      if (edge.parent === name && edge.child !== name && wanted.has(edge.child)) visit(edge.child);
    for (const order of graph.orders) if (order.collection === name && wanted.has(order.before)) visit(order.before);
    visiting.delete(name);
    done.add(name);
    order.push(name);
  };
  for (const name of [...names].sort()) visit(name);
  return order;
}

/** `after` declarations between collections on different connections, as orders of the connections. */
function connectionOrders(graph: Pick<DatasetGraph, "collections" | "orders">) {
  const out: { connection: string; before: string; via: string }[] = [];
  for (const order of graph.orders) {
    const connection = graph.collections.get(order.collection)?.connection;
    const before = graph.collections.get(order.before)?.connection;
    if (connection && before && connection !== before) out.push({ connection, before, via: order.collection });
  }
  return out;
}

/**
 * The order in which an erasure's connections run their transactions. `after` across connections
 * comes first; otherwise connections holding identities go last, so that a run cut short can be run
 * again and still find the person from the identities they gave.
 */
export function connectionOrder(graph: DatasetGraph, names: readonly string[]): string[] {
  const seeds = new Set(
    [...graph.collections.values()]
      .filter((c) => Object.values(c.fields).some((f) => f.identity))
      .map((c) => c.connection),
  );
  const rank = (a: string, b: string) => Number(seeds.has(a)) - Number(seeds.has(b)) || a.localeCompare(b);
  const wanted = new Set(names);
  const waitsFor = new Map<string, Set<string>>([...wanted].map((n) => [n, new Set<string>()]));
  for (const o of connectionOrders(graph))
    if (wanted.has(o.connection) && wanted.has(o.before)) waitsFor.get(o.connection)!.add(o.before);
  const order: string[] = [];
  while (waitsFor.size > 0) {
    const ready = [...waitsFor].filter(([, before]) => [...before].every((b) => !waitsFor.has(b))).map(([n]) => n);
    // A circle (reported by check) falls back to the plain ranking for what is left.
    const next = (ready.length > 0 ? ready : [...waitsFor.keys()]).sort(rank)[0] as string;
    order.push(next);
    waitsFor.delete(next);
  }
  return order;
}

/**
 * The order an erasure runs in, as `plan` shows it: connection by connection (connectionOrder), and
 * within each, children first and `after` as declared (childrenFirst).
 */
export function erasureOrder(graph: DatasetGraph, names: readonly string[]): string[] {
  const ordered = childrenFirst(graph, names);
  const connectionOf = (name: string) => graph.collections.get(name)?.connection ?? "";
  return connectionOrder(graph, [...new Set(ordered.map(connectionOf))]).flatMap((connection) =>
    ordered.filter((name) => connectionOf(name) === connection),
  );
}
