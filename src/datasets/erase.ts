import { inList, keyBatches } from "../connectors/index.js";
import { type CollectionErasure, replanAfterRefusal } from "./erasure-plan.js";
import { connectionOrder, type DatasetGraph } from "./graph.js";
import type { Connections } from "./connections.js";
import { maskRows } from "./masked-update.js";
import { maskingKey } from "./masking.js";
import { keysByGround, recordHoldGround } from "./hold-restriction.js";
import { ensureSideTables, markRestricted } from "./restriction.js";
import { tableDb } from "./table.js";
import type { WalkResult } from "./walk.js";

export interface ErasureReport {
  dryRun: boolean;
  collections: {
    collection: string;
    action: "mask" | "delete";
    found: number;
    erased: number;
    kept: number;
    fields: string[];
    /** Why rows were kept: one entry per legal ground with its law and the latest date it lasts. */
    grounds: { ground: string; law?: string; period: string; rows: number; until?: string }[];
    /** What the database would refuse: the real run stops on these before changing anything. */
    problems: string[];
  }[];
}

/** An erasure refused before it changed anything, because the database would refuse part of it. */
export class ErasureRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`erasure refused before changing anything: ${problems.join("; ")}`);
  }
}

/**
 * Carries out an erasure plan: one transaction per connection, set-based statements per collection
 * (chunks of 1000 keys), children before parents and `after` as declared. Connections run in the
 * order connectionOrder gives: as declared, else those holding the identities last.
 */
export async function executeErasure(
  graph: DatasetGraph,
  connections: Connections,
  plan: CollectionErasure[],
  found: WalkResult,
  options: { dryRun?: boolean; now?: Date; env?: NodeJS.ProcessEnv } = {},
): Promise<ErasureReport> {
  const now = options.now ?? new Date();
  if (options.dryRun) return summarize(plan, true, found);
  const progress = { committed: 0 };
  try {
    await writePlan(graph, connections, plan, found, now, options.env, progress);
    return summarize(plan, false, found);
  } catch (error) {
    // Refused on columns remembered from an earlier erasure, before any transaction committed: read
    // them again and decide on what is there now, as if the run had only just started.
    const fresh = progress.committed === 0 && (await replanAfterRefusal(graph, connections, plan, found));
    if (!fresh) throw error;
    await writePlan(graph, connections, fresh, found, now, options.env, progress);
    return summarize(fresh, false, found);
  }
}

async function writePlan(
  graph: DatasetGraph,
  connections: Connections,
  plan: CollectionErasure[],
  found: WalkResult,
  now: Date,
  env: NodeJS.ProcessEnv | undefined,
  progress: { committed: number },
): Promise<void> {
  // All or nothing across connections too: a step the database would refuse stops the run before the first write.
  const problems = plan.flatMap((step) => step.problems);
  if (problems.length > 0) throw new ErasureRefused(problems);
  let key: string | undefined;
  const secret = () => {
    key ??= maskingKey(env);
    return key;
  };
  const byConnection = new Map<string, CollectionErasure[]>();
  for (const step of plan) byConnection.set(step.connection, [...(byConnection.get(step.connection) ?? []), step]);
  for (const name of connectionOrder(graph, [...byConnection.keys()])) {
    const steps = byConnection.get(name)!;
    const connector = connections.get(name);
    if (!connector) throw new Error(`connection "${name}" is not open`);
    await ensureSideTables(
      connector,
      steps.map((s) => graph.collections.get(s.collection)!),
    );
    await connector.db.transaction().execute(async (tx) => {
      for (const step of steps) {
        const collection = graph.collections.get(step.collection)!;
        const db = tableDb({ db: tx }, collection);
        // Each kept row under its own hold's ground, also where a restriction request marked it first.
        for (const [ground, keys] of keysByGround(step.held)) {
          await markRestricted(tx, connector.dialect, step.collection, collection, keys, ground, now);
          await recordHoldGround(tx, connector.dialect, step.collection, collection, keys, ground);
        }
        if (step.action === "delete") {
          for (const part of keyBatches(connector.dialect, step.erase)) {
            await db
              .deleteFrom(collection.table)
              .where(inList(connector.dialect, collection.primary_key, part))
              .execute();
          }
          continue;
        }
        // A collection without personal fields (an invoice's lines) is found and kept as it is.
        if (step.fields.length === 0) continue;
        await maskRows(tx, connector.dialect, collection, step, found.rows.get(step.collection)!, secret);
      }
    });
    progress.committed++;
  }
}

function summarize(plan: CollectionErasure[], dryRun: boolean, found: WalkResult): ErasureReport {
  return {
    dryRun,
    collections: plan.map((step) => {
      const grounds = new Map<string, ErasureReport["collections"][number]["grounds"][number]>();
      for (const { hold } of step.held) {
        const id = `${hold.ground}|${hold.law ?? ""}|${hold.period}`;
        const entry = grounds.get(id) ?? {
          ground: hold.ground,
          law: hold.law,
          period: hold.period,
          rows: 0,
          until: hold.until,
        };
        entry.rows++;
        if (hold.until && (!entry.until || hold.until > entry.until)) entry.until = hold.until;
        grounds.set(id, entry);
      }
      return {
        collection: step.collection,
        action: step.action,
        found: found.rows.get(step.collection)?.size ?? 0,
        erased: step.erase.length,
        kept: step.held.length,
        fields: step.fields.map((f) => `${f.name}:${f.strategy}`),
        grounds: [...grounds.values()],
        problems: step.problems,
      };
    }),
  };
}
