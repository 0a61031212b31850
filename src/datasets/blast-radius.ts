import type { Identity } from "../kernel/index.js";
import type { Connections } from "./connections.js";
import { type DatasetGraph, type Edge } from "./graph.js";
import { matchForm, type MatchMode, matchModeOf } from "./identity-match.js";
import { DEFAULT_FIXED, HASH_PREFIX } from "./masking.js";
import { keyOf, type Row } from "./table.js";
import { lookupRows, type Reach, type WalkResult, walkRows, type WalkStep } from "./walk.js";

/**
 * The blast-radius guard. A request is for one person; a register whose references lead from one
 * person to another (a customer's support representative, an employee's manager) makes the walk
 * reach other people, and an erasure would then erase them too. Before anything changes, every row
 * the walk found is judged:
 *
 * - a row of a collection that holds identities is the person's when the walk found it by one of the
 *   given identities, or when every identity value it carries is one the person's own rows carry;
 *   a row with another value (another e-mail, another phone, another customer number), or with none
 *   at all, is someone else's. A row whose identities were all masked by an earlier erasure counts
 *   for nobody;
 * - any other row is someone else's when one of its walkable references points at someone else's
 *   row: directly at a row of an identity collection that is not the person's, or through rows
 *   without identities (an invoice line through its invoice), read from the database as needed.
 *
 * References declared `direction: none` say "this key links people" and are not followed here either.
 */

/** One way the walk left the person: the reference it went through and how many other people it reached. */
export interface Escape {
  /** The reference, as collection.field. */
  path: string;
  people: number;
  /** For rows that belong to the person and also to others: the reference that points at the others. */
  alsoThrough?: string;
}

/** Thrown before anything changes; the message holds reference names and counts only. */
export class BlastRadiusError extends Error {
  readonly code = "blast_radius";
  constructor(readonly escapes: Escape[]) {
    super(blastRadiusMessage(escapes));
  }
}

export function blastRadiusMessage(escapes: readonly Escape[]): string {
  const parts = escapes.map(
    (e) =>
      `reaches ${e.people} other ${e.people === 1 ? "person" : "people"} through ${e.path}` +
      (e.alsoThrough ? ` (rows that also belong to others through ${e.alsoThrough})` : ""),
  );
  return (
    `refused before anything changed: the request is for one person but ${parts.join("; ")}. ` +
    "Declare such a reference direction: none in the register's datasets, or walk only the reference to the person the rows belong to."
  );
}

type Status = { kind: "own" } | { kind: "nobody" } | { kind: "other"; owners: Set<string> };
const OWN: Status = { kind: "own" };
const NOBODY: Status = { kind: "nobody" };
const VISITING: Status = { kind: "nobody" };

/** Throws a BlastRadiusError when the walk reached anyone besides the person. */
export async function guardBlastRadius(
  graph: DatasetGraph,
  connections: Connections,
  found: WalkResult,
  identities: readonly Identity[],
): Promise<void> {
  const escapes = await blastRadius(graph, connections, found, identities);
  if (escapes.length > 0) throw new BlastRadiusError(escapes);
}

/** The ways the walk left the person, in walk order; empty when it stayed with them. */
export async function blastRadius(
  graph: DatasetGraph,
  connections: Connections,
  found: WalkResult,
  identities: readonly Identity[],
): Promise<Escape[]> {
  const judge = new Judge(graph, found, identities);
  for (let round = 0; round < MAX_ANCESTOR_ROUNDS; round++) {
    const needs = judge.judgeAll();
    if (needs.size === 0) break;
    await Promise.all(
      [...needs].map(async ([id, values]) => {
        const [name, field] = id.split(".") as [string, string];
        judge.addAncestors(name, field, values, await lookupRows(graph, connections, name, field, values));
      }),
    );
  }
  return judge.escapes();
}

/** Rows without identities chained above rows without identities: how far up the guard reads. */
const MAX_ANCESTOR_ROUNDS = 16;

class Judge {
  private readonly identityCollections: Set<string>;
  /** The person's identity values by type: the given ones and those on the rows the identities found. */
  private readonly own = new Map<string, Set<string>>();
  /** Rows read only to judge whose a found row is: "collection.field" -> value -> rows. */
  private readonly ancestors = new Map<string, Map<string, Row[]>>();
  private readonly asked = new Set<string>();
  /** Statuses judged so far, by collection and key; VISITING while a row's own status is being judged. */
  private memo = new Map<string, Map<string, Status>>();
  private needs = new Map<string, Set<string>>();
  private readonly index = new Map<string, Map<string, [string, Row][]>>();
  private readonly linksOf = new Map<string, Edge[]>();

  constructor(
    private readonly graph: DatasetGraph,
    private readonly found: WalkResult,
    identities: readonly Identity[],
  ) {
    this.identityCollections = new Set(
      [...graph.collections].filter(([, c]) => Object.values(c.fields).some((f) => f.identity)).map(([n]) => n),
    );
    // A given identity is the person's in either comparison: a field compares it as its match says.
    for (const i of identities) {
      for (const mode of ["exact", "normalised"] as const) this.ownValues(i.type).add(compared(mode, i.value));
    }
    for (const [name, reached] of found.reached) {
      for (const [key, reach] of reached) {
        if (reach.via) continue;
        const row = found.rows.get(name)?.get(key);
        if (row) for (const [type, value] of this.identityValues(name, row)) this.ownValues(type).add(value);
      }
    }
  }

  /** Judges every found row; returns the ancestor rows still to read (empty when all are judged). */
  judgeAll(): Map<string, Set<string>> {
    this.memo = new Map();
    this.needs = new Map();
    for (const [name, rows] of this.found.rows) for (const [key, row] of rows) this.status(name, key, row);
    return this.needs;
  }

  addAncestors(name: string, field: string, values: Set<string>, rows: Row[]): void {
    const id = `${name}.${field}`;
    const byValue = this.ancestors.get(id) ?? new Map<string, Row[]>();
    this.ancestors.set(id, byValue);
    for (const value of values) {
      this.asked.add(`${id}=${value}`);
      if (!byValue.has(value)) byValue.set(value, []);
    }
    for (const row of rows) byValue.get(keyOf(row[field]))?.push(row);
  }

  escapes(): Escape[] {
    const counted = new Set<string>();
    const byPath = new Map<string, Escape>();
    // Only rows of others, in walk order: the first way the walk came to a person names the path.
    const order: { name: string; key: string; reach: Reach; status: Status & { kind: "other" } }[] = [];
    for (const [name, reached] of this.found.reached) {
      for (const [key, reach] of reached) {
        const status = this.memo.get(name)?.get(key);
        if (status?.kind === "other" && reach.via) order.push({ name, key, reach, status });
      }
    }
    order.sort((a, b) => a.reach.round - b.reach.round || cmp(a.name, b.name) || cmp(a.key, b.key));
    for (const { name, key, reach, status } of order) {
      if (!reach.via) continue;
      const fresh = [...status.owners].filter((o) => !counted.has(o));
      if (fresh.length === 0) continue;
      for (const owner of fresh) counted.add(owner);
      const path = `${reach.via.child}.${reach.via.childField}`;
      const row = this.found.rows.get(name)!.get(key)!;
      const also = this.reachedFromOwnRow(name, row, reach.via) ? this.otherLink(name, row) : undefined;
      const id = also ? `${path}|${also}` : path;
      const escape = byPath.get(id) ?? { path, people: 0, ...(also ? { alsoThrough: also } : {}) };
      escape.people += fresh.length;
      byPath.set(id, escape);
    }
    return [...byPath.values()];
  }

  /** Found rows of a collection by the value of one field, built once per field. */
  private foundBy(name: string, field: string): Map<string, [string, Row][]> {
    const id = `${name}.${field}`;
    let index = this.index.get(id);
    if (!index) {
      index = new Map();
      for (const [key, row] of this.found.rows.get(name) ?? []) {
        const raw = row[field];
        if (raw === null || raw === undefined) continue;
        const list = index.get(keyOf(raw)) ?? [];
        list.push([key, row]);
        index.set(keyOf(raw), list);
      }
      this.index.set(id, index);
    }
    return index;
  }

  private ownValues(type: string): Set<string> {
    const set = this.own.get(type) ?? new Set<string>();
    this.own.set(type, set);
    return set;
  }

  /** The identity values a row carries, as [type, value]; null values and masked ones left out. */
  private identityValues(name: string, row: Row): [string, string][] {
    const out: [string, string][] = [];
    for (const [field, def] of Object.entries(this.graph.collections.get(name)!.fields)) {
      if (!def.identity) continue;
      const value = row[field];
      if (value === null || value === undefined || isMasked(value, def.fixed_value)) continue;
      out.push([def.identity, compared(matchModeOf(def), keyOf(value))]);
    }
    return out;
  }

  private hasMaskedIdentity(name: string, row: Row): boolean {
    return Object.entries(this.graph.collections.get(name)!.fields).some(
      ([field, def]) =>
        def.identity && row[field] !== null && row[field] !== undefined && isMasked(row[field], def.fixed_value),
    );
  }

  private status(name: string, key: string, row: Row): Status {
    let memo = this.memo.get(name);
    if (!memo) {
      memo = new Map();
      this.memo.set(name, memo);
    }
    const known = memo.get(key);
    // A circle of references without identities decides nothing about whose a row is.
    if (known === VISITING) return NOBODY;
    if (known) return known;
    memo.set(key, VISITING);
    const status = this.identityCollections.has(name)
      ? this.identityStatus(name, key, row)
      : this.linkedStatus(name, row);
    memo.set(key, status);
    return status;
  }

  private identityStatus(name: string, key: string, row: Row): Status {
    if (!this.found.reached.get(name)?.get(key)?.via && this.found.rows.get(name)?.has(key)) return OWN;
    const values = this.identityValues(name, row);
    if (values.length === 0 && this.hasMaskedIdentity(name, row)) return NOBODY;
    if (values.length > 0 && values.every(([type, value]) => this.own.get(type)?.has(value))) return OWN;
    return { kind: "other", owners: new Set([`${name}#${key}`]) };
  }

  /** A row without identities is whoever its walkable references point at. */
  private linkedStatus(name: string, row: Row): Status {
    const edges = this.links(name);
    // The common case, one reference: its parent's status as it is, without collecting owners.
    if (edges.length === 1) return this.linkStatus(edges[0]!, row);
    let own = false;
    const owners = new Set<string>();
    for (const edge of this.links(name)) {
      const link = this.linkStatus(edge, row);
      if (link.kind === "own") own = true;
      else if (link.kind === "other") for (const o of link.owners) owners.add(o);
    }
    if (owners.size > 0) return { kind: "other", owners };
    return own ? OWN : NOBODY;
  }

  private links(name: string): Edge[] {
    let edges = this.linksOf.get(name);
    if (!edges) {
      edges = this.graph.edges.filter((e) => e.child === name && !e.linksPeople);
      this.linksOf.set(name, edges);
    }
    return edges;
  }

  private linkStatus(edge: Edge, row: Row): Status {
    const raw = row[edge.childField];
    if (raw === null || raw === undefined) return NOBODY;
    const value = keyOf(raw);
    const parent = this.graph.collections.get(edge.parent)!;
    const parents = this.foundBy(edge.parent, edge.parentField).get(value) ?? [];
    if (parents.length === 1) return this.status(edge.parent, parents[0]![0], parents[0]![1]);
    if (parents.length > 0) return combine(parents.map(([k, r]) => this.status(edge.parent, k, r)));
    if (this.identityCollections.has(edge.parent)) {
      // A person's row the walk did not find by the identities: someone else's.
      const owner =
        edge.parentField === parent.primary_key
          ? `${edge.parent}#${value}`
          : `${edge.parent}.${edge.parentField}=${value}`;
      return { kind: "other", owners: new Set([owner]) };
    }
    // A parent without identities the walk did not reach: read it, to see whose it is.
    const id = `${edge.parent}.${edge.parentField}`;
    if (!this.asked.has(`${id}=${value}`)) {
      const set = this.needs.get(id) ?? new Set<string>();
      set.add(value);
      this.needs.set(id, set);
      return NOBODY;
    }
    const read = this.ancestors.get(id)?.get(value) ?? [];
    return combine(read.map((r) => this.status(edge.parent, `^${keyOf(r[parent.primary_key])}`, r)));
  }

  /** The walk came down `via` from a parent row that is the person's own. */
  private reachedFromOwnRow(name: string, row: Row, via: Edge): boolean {
    return via.child === name && via.down && this.linkStatus(via, row).kind === "own";
  }

  private otherLink(name: string, row: Row): string | undefined {
    const edge = this.links(name).find((e) => this.linkStatus(e, row).kind === "other");
    return edge ? `${edge.child}.${edge.childField}` : undefined;
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function combine(statuses: Status[]): Status {
  const owners = new Set<string>();
  let own = false;
  for (const s of statuses) {
    if (s.kind === "other") for (const o of s.owners) owners.add(o);
    if (s.kind === "own") own = true;
  }
  if (owners.size > 0) return { kind: "other", owners };
  return own ? OWN : NOBODY;
}

/** A value an erasure wrote: a keyed hash or random marker, or the fixed replacement. */
function isMasked(value: unknown, fixed: string | undefined): boolean {
  const text = String(value);
  return text.startsWith(HASH_PREFIX) || text === DEFAULT_FIXED || (fixed !== undefined && text === fixed);
}

/**
 * The walk every request that reads or changes a person's rows goes through: the rows the register's
 * references lead to from the identities, refused (BlastRadiusError) when they reach anyone else.
 */
export async function findPerson(
  graph: DatasetGraph,
  connections: Connections,
  identities: readonly Identity[],
  onStep?: (step: WalkStep) => void,
): Promise<WalkResult> {
  const found = await walkRows(graph, connections, identities, onStep);
  await guardBlastRadius(graph, connections, found, identities);
  return found;
}

/** An identity value as a field of that mode compares it, tagged with the mode so the two never mix. */
function compared(mode: MatchMode, value: string): string {
  return `${mode}:${matchForm(mode, value)}`;
}
