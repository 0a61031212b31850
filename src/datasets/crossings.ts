import type { DatasetGraph, Edge } from "./graph.js";

/**
 * References along which a request can walk from one person to another, read from the register
 * alone: what `check` warns about and `plan` shows before anything runs. The blast-radius guard
 * catches the same at run time, on the rows themselves; this says where to look before that.
 */
export interface Crossing {
  edge: Edge;
  /**
   * people: the reference links two collections that both hold identities (a customer's support
   * representative, an employee's manager), and the walk follows it;
   * shared: rows without identities point at more than one person (an invoice's customer and its
   * sales representative), and the walk comes down this reference, so it reaches rows of the others.
   */
  kind: "people" | "shared";
  /** For shared: the other references of the child that lead to a person. */
  others: string[];
  message: string;
}

export function identityCollections(graph: DatasetGraph): Set<string> {
  return new Set(
    [...graph.collections].filter(([, c]) => Object.values(c.fields).some((f) => f.identity)).map(([n]) => n),
  );
}

const pathOf = (e: Edge) => `${e.child}.${e.childField}`;

export function personCrossings(graph: DatasetGraph): Crossing[] {
  const people = identityCollections(graph);
  const out: Crossing[] = [];
  for (const edge of graph.edges) {
    if (!(edge.down || edge.up) || edge.samePerson) continue;
    if (people.has(edge.parent) && people.has(edge.child)) {
      const from = edge.down ? edge.parent : edge.child;
      const to = edge.down ? edge.child : edge.parent;
      out.push({
        edge,
        kind: "people",
        others: [],
        message: `Reference ${pathOf(edge)} -> ${edge.parent}.${edge.parentField} links two collections that both hold identities, and a request walks it from ${from} to ${to}: a request for one person can reach other people (and an erasure erase them). Declare it direction: none, or same_person: true when every ${edge.child} row belongs to the person of the ${edge.parent} row it points at.`,
      });
      continue;
    }
    if (!edge.down || !people.has(edge.parent) || people.has(edge.child)) continue;
    const others = personLinks(graph, people, edge.child).filter((e) => e !== edge);
    if (others.length === 0) continue;
    out.push({
      edge,
      kind: "shared",
      others: others.map(pathOf),
      message: `Rows of ${edge.child} point at more than one person (${[edge, ...others].map(pathOf).join(", ")}), and a request walks ${pathOf(edge)} from ${edge.parent}: it reaches rows that are also other people's. Walk only the reference to the person the rows belong to and declare the others direction: none, or declare same_person: true when a row always belongs to the person it points at here.`,
    });
  }
  return out;
}

/**
 * The references of a collection without identities that lead to a person: straight to a collection
 * with identities, or up through collections without them (an invoice line through its invoice).
 */
function personLinks(graph: DatasetGraph, people: Set<string>, name: string): Edge[] {
  const leads = (collection: string, seen: Set<string>): boolean => {
    if (people.has(collection)) return true;
    if (seen.has(collection)) return false;
    seen.add(collection);
    return graph.edges.some((e) => e.child === collection && !e.linksPeople && leads(e.parent, seen));
  };
  return graph.edges.filter((e) => e.child === name && !e.linksPeople && leads(e.parent, new Set([name])));
}
