import { executeErasure, findPerson, planErasureOnDatabase } from "../../datasets/index.js";
import type { RequestRow } from "../../store/index.js";
import type { ServiceContext } from "../../context/index.js";
import { eraseSystems } from "../../systems/index.js";
import type { Outcome } from "./outcome.js";
import { referredData } from "../referrals.js";
import { withRequestSession } from "./session.js";
import { recordSystemOutcome, systemRun, systemsData } from "./systems.js";

/**
 * Erasure (Art. 17): masks or deletes what the register says, keeps (restricted) what a legal hold
 * requires, and ends partially completed when anything was kept, naming the rows and the grounds.
 * Running it again erases what is still there, so a run cut short is finished by the retry.
 */
export async function runErasure(ctx: ServiceContext, row: RequestRow): Promise<Outcome> {
  const now = ctx.now();
  const { plan, report, systems, referred } = await withRequestSession(ctx, row, async (s, sealed) => {
    const found = await findPerson(s.graph, s.connections, s.identities);
    // Rows the company holds for its customers are theirs to erase: left as they are, the person referred.
    const referred = await referredData(s);
    const plan = await planErasureOnDatabase(s.graph, s.connections, found, now);
    const report = await executeErasure(s.graph, s.connections, plan, found, { now, env: ctx.env });
    // After the databases: their erasure commits whatever an API answers, and a re-run repeats both.
    const outcomes = await eraseSystems(
      ctx.register,
      systemRun(ctx, row, sealed),
      recordSystemOutcome(ctx, row.id, "erasure"),
    );
    return { plan, report, systems: outcomes, referred };
  });
  const reached = systemsData(systems);
  const erasedInSystems = systems.filter((o) => o.outcome === "erased").reduce((sum, o) => sum + o.records, 0);
  const kept = plan
    .filter((step) => step.held.length > 0)
    .flatMap((step) => {
      const byGround = new Map<string, { ground: string; law?: string; until?: string; keys: string[] }>();
      for (const { key, hold } of step.held) {
        const id = `${hold.ground}|${hold.law ?? ""}`;
        const entry = byGround.get(id) ?? { ground: hold.ground, ...(hold.law ? { law: hold.law } : {}), keys: [] };
        entry.keys.push(key);
        if (hold.until && (!entry.until || hold.until > entry.until)) entry.until = hold.until;
        byGround.set(id, entry);
      }
      return [...byGround.values()].map((g) => ({ what: step.collection, rows: g.keys.length, ...g }));
    });
  const erased = report.collections.reduce((sum, c) => sum + c.erased, 0);
  const keptRows = kept.reduce((sum, k) => sum + k.rows, 0);
  return {
    event: kept.length > 0 || reached.partial ? "complete_partially" : "complete",
    data: {
      changed: erased > 0 || keptRows > 0 || erasedInSystems > 0,
      collections: report.collections.map((c) => ({
        collection: c.collection,
        action: c.action,
        found: c.found,
        erased: c.erased,
        kept: c.kept,
      })),
      kept,
      ...reached.data,
      ...referred,
    },
    audit: {
      erased,
      kept: keptRows,
      ...(systems.length ? { systems_erased: erasedInSystems } : {}),
      ...(referred.referred ? { referred: referred.referred.length } : {}),
    },
  };
}
