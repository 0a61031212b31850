import { compileOnlyConnector, type Connector, dialectOf } from "../connectors/index.js";
import { matchCondition, type MatchMode, matchModeOf } from "./identity-match.js";
import { REQUEST_TYPES, type RequestType } from "../kernel/index.js";
import type { Register } from "../register/index.js";
import type { Escape } from "./blast-radius.js";
import { personCrossings } from "./crossings.js";
import {
  type DatasetGraph,
  erasureOrder,
  type FieldDef,
  personalFields,
  reachLevels,
  seedCollections,
} from "./graph.js";
import type { Connections } from "./connections.js";
import { strategyOf } from "./masking.js";
import { declarationProblems, maskingProblems, readSchemas } from "./schema-check.js";
import { tableDb } from "./table.js";

/** What the engine does in the company's databases for a request. */
export type EngineAction = "access" | "erasure" | "rectification" | "restriction";

/**
 * The engine's action for each kind of request. Objection and withdrawal of consent change nothing
 * in the datasets: what stops is processing, which the company's own systems carry out. Human review
 * of an automated decision is a person's work.
 */
export const ENGINE_ACTION: Record<RequestType, EngineAction | null> = {
  access: "access",
  portability: "access",
  rectification: "rectification",
  erasure: "erasure",
  restriction: "restriction",
  objection: null,
  withdrawal: null,
  automated_decision_review: null,
};

/** The kinds of request a plan can be made for. */
export const PLANNED_TYPES = REQUEST_TYPES.filter((type) => ENGINE_ACTION[type] !== null);

/**
 * Compile-only connectors for the register's connections: a plan shows each database's own SQL
 * without connecting to it. The dialect comes from the register, else from the URL's scheme.
 */
export function compileOnlyConnections(register: Register, env: NodeJS.ProcessEnv): Connections {
  return new Map(
    Object.entries(register.datasets?.connections ?? {}).map(([name, c]) => {
      const url = env[c.url_env];
      return [name, compileOnlyConnector(c.type ?? (url ? dialectOf(url) : "postgres"))];
    }),
  );
}

/** One collection in a plan: when the walk reaches it, by which fields, and what the request does there. */
export interface PlanStep {
  order: number;
  level: number;
  collection: string;
  connection: string;
  table: string;
  /** The fields rows are found by: identity fields for a seed, reference fields otherwise. */
  matchedBy: string[];
  /** The statements the request runs, with placeholders for the bound values. */
  queries: string[];
  /** What the request does to each field (read, mask:hash, delete row, kept under hold, ...). */
  effects: string[];
  /** What the operator should know about how rows are found (a match no plain index serves). */
  notes: string[];
  rows?: number;
  /** With a connection: what the database would refuse (a missing column, NULL in a NOT NULL column). */
  problems?: string[];
}

export interface RequestPlan {
  steps: PlanStep[];
  unreachable: string[];
  /**
   * Collections the company's own request leaves to the tenants it processes them for (see
   * leaveToTenants), and those reached only through them: the person is referred instead.
   */
  referred: string[];
  /** For a tenant's request: the company's own collections it leaves out (see scopeToTenant), likewise. */
  companyOwn: string[];
  /** References this walk follows from one person to another (see personCrossings): the guard would refuse. */
  crossings: string[];
  /** With rows counted: the ways the walk reached other people; the request would be refused. */
  refused?: Escape[];
}

/**
 * Describes a request before it runs: which collections in what order, which queries and which
 * fields. It changes nothing; with connections it compiles the SQL in each database's own dialect.
 */
export function describePlan(
  graph: DatasetGraph,
  identityTypes: readonly string[],
  type: RequestType,
  connections?: Connections,
): RequestPlan {
  const action = ENGINE_ACTION[type];
  const seeds = seedCollections(graph, identityTypes);
  const levels = reachLevels(graph, seeds);
  const reached = [...levels.keys()];
  const ordered =
    action === "erasure"
      ? erasureOrder(graph, reached)
      : reached.sort((a, b) => (levels.get(a) as number) - (levels.get(b) as number) || a.localeCompare(b));
  const steps = ordered.map((name, index): PlanStep => {
    const collection = graph.collections.get(name)!;
    const matchedBy = new Set<string>();
    for (const [field, def] of Object.entries(collection.fields)) {
      if (def.identity && identityTypes.includes(def.identity)) matchedBy.add(field);
    }
    for (const edge of graph.edges) {
      if (edge.down && edge.child === name && levels.has(edge.parent)) matchedBy.add(edge.childField);
      if (edge.up && edge.parent === name && levels.has(edge.child)) matchedBy.add(edge.parentField);
    }
    const fields = [...matchedBy].sort();
    const modeOf = (field: string): MatchMode => {
      const def = collection.fields[field];
      return def?.identity && identityTypes.includes(def.identity) ? matchModeOf(def) : "exact";
    };
    const connector = connections?.get(collection.connection);
    const queries = connector ? fields.map((f) => selectSql(connector, graph, name, f, modeOf(f))) : [];
    const notes = fields
      .filter((f) => modeOf(f) === "normalised")
      .map(
        (f) =>
          `${f} is matched trimmed and ignoring case, so an index on ${f} alone does not serve the lookup: on a large table add one on lower(trim(${f})), or say match: exact in the register`,
      );
    const deletes =
      collection.erasure === "delete" || Object.values(collection.fields).some((f) => f.masking === "delete_row");
    const holds = collection.holds.map(
      (h) =>
        `kept under ${h.ground}${h.law ? ` (${h.law})` : ""} ${
          h.follows
            ? `as long as the row ${h.follows} points at is kept`
            : `for ${h.period}${h.since ? ` from ${h.since}` : ""}`
        }, restricted`,
    );
    const personal = personalFields(collection);
    const effects =
      action === null
        ? []
        : action === "access"
          ? personal.map((f) => `read ${f}`)
          : action === "erasure"
            ? [
                ...(deletes ? ["delete row"] : personal.map((f) => `${f}: ${effectOf(collection.fields[f]!)}`)),
                ...holds,
              ]
            : action === "restriction"
              ? [
                  collection.restriction
                    ? `mark restricted (${"column" in collection.restriction ? collection.restriction.column : collection.restriction.side_table})`
                    : "no restriction marker declared",
                ]
              : personal.map((f) => `may set ${f}`);
    return {
      order: index + 1,
      level: levels.get(name) as number,
      collection: name,
      connection: collection.connection,
      table: collection.schema ? `${collection.schema}.${collection.table}` : collection.table,
      matchedBy: fields,
      queries,
      effects,
      notes,
    };
  });
  // Only collections with personal data count: a lookup table the walk never needs is not a gap. Nor
  // is what the walk leaves to a tenant: it is named as referred instead.
  const whole =
    graph.referred || graph.companyOwn
      ? reachLevels({ ...graph, referred: undefined, companyOwn: undefined }, seeds)
      : levels;
  const unreachable = [...graph.collections.entries()]
    .filter(([n, c]) => !whole.has(n) && personalFields(c).length > 0)
    .map(([n]) => n)
    .sort();
  const left = [...whole.keys()].filter((n) => !levels.has(n)).sort();
  const [referred, companyOwn] = graph.companyOwn ? [[], left] : [left, []];
  // Only references this walk takes from a collection it reaches: a warning about the rest is check's.
  const crossings = personCrossings(graph)
    .filter((c) => levels.has(c.edge.down ? c.edge.parent : c.edge.child))
    .map((c) => c.message);
  return { steps, unreachable, referred, companyOwn, crossings };
}

/** A field's erasure as the plan names it; the default depends on the column, which a plan may not have read. */
function effectOf(field: FieldDef): string {
  if (field.masking) return field.masking;
  return "erased (null, or where the column is NOT NULL a random or fixed value)";
}

/**
 * The plan with the live columns read: each step also lists what the database would refuse, so a
 * misspelt column or a NOT NULL column that masking writes NULL to shows here, not in the real run.
 */
export async function describePlanOnDatabase(
  graph: DatasetGraph,
  identityTypes: readonly string[],
  type: RequestType,
  connections: Connections,
): Promise<ReturnType<typeof describePlan>> {
  const plan = describePlan(graph, identityTypes, type, connections);
  const schemas = await readSchemas(graph, connections);
  for (const step of plan.steps) {
    const problems = declarationProblems(graph, step.collection, schemas);
    if (ENGINE_ACTION[type] === "erasure") problems.push(...maskingProblems(graph, step.collection, schemas));
    const collection = graph.collections.get(step.collection)!;
    const columns = schemas.get(step.collection);
    if (ENGINE_ACTION[type] === "erasure" && columns)
      step.effects = step.effects.map((effect) => {
        const field = /^([^:]+): erased \(/.exec(effect)?.[1];
        return field ? `${field}: ${strategyOf(collection.fields[field]!, columns.get(field))}` : effect;
      });
    step.problems = problems.map((p) => p.message);
  }
  return plan;
}

function selectSql(connector: Connector, graph: DatasetGraph, name: string, field: string, mode: MatchMode): string {
  const collection = graph.collections.get(name)!;
  const query = tableDb(connector, collection)
    .selectFrom(collection.table)
    .selectAll()
    .where(mode === "exact" ? (eb) => eb(eb.ref(field), "in", ["…"]) : matchCondition(connector, mode, field, ["…"]));
  // A tenant's request narrows the query by the tenant column, as the walk does (walk.ts).
  const tenantColumn = graph.tenant?.columns.get(name);
  return (tenantColumn ? query.where(tenantColumn, "=", "…") : query).compile().sql;
}
