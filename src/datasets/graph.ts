import type { z } from "zod";
import type { Collection, Field, Reference } from "../register/schema/datasets.js";
import type { Register } from "../register/schema/register.js";

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
}

/** The register's datasets as a graph: what the planner walks and the checker validates. */
export interface DatasetGraph {
  collections: Map<string, CollectionDef>;
  edges: Edge[];
  /** Problems in the declaration itself (unknown collection or field in a reference, ...). */
  problems: { path: (string | number)[]; message: string }[];
}

function walks(direction: ReferenceDef["direction"]): { down: boolean; up: boolean } {
  return { down: direction !== "to_parent", up: direction !== "from_parent" };
}

export function buildGraph(register: Register): DatasetGraph {
  const collections = new Map(Object.entries(register.datasets?.collections ?? {}));
  const connections = register.datasets?.connections ?? {};
  const edges: Edge[] = [];
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
      edges.push({ parent, parentField, child: name, childField: ref.field, ...walks(ref.direction) });
    });
  }
  return { collections, edges, problems };
}

/** Fields that hold personal data: a category, an identity or masking make a field personal. */
export function personalFields(collection: CollectionDef): string[] {
  return Object.entries(collection.fields)
    .filter(([, f]) => f.category !== undefined || f.identity !== undefined || f.masking !== undefined)
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
  return [...types].sort();
}

/**
 * Walk levels from the seeds: level 0 are the seeds, level n+1 what one walkable edge reaches from
 * level n. Collections never reached are missing from the map.
 */
export function reachLevels(graph: DatasetGraph, seeds: readonly string[]): Map<string, number> {
  const level = new Map<string, number>(seeds.map((s) => [s, 0]));
  let frontier = [...seeds];
  while (frontier.length) {
    const next: string[] = [];
    for (const name of frontier) {
      for (const edge of graph.edges) {
        const target =
          edge.down && edge.parent === name ? edge.child : edge.up && edge.child === name ? edge.parent : undefined;
        if (target !== undefined && !level.has(target)) {
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
 * Erasure order: children before parents, so deleting a row never trips a foreign key. A cycle in
 * the references falls back to name order for the collections in it.
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
    visiting.delete(name);
    done.add(name);
    order.push(name);
  };
  for (const name of [...names].sort()) visit(name);
  return order;
}
