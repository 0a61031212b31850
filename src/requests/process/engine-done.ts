import type { Kysely } from "kysely";
import type { ServiceContext } from "../../context/index.js";
import type { RequestType } from "../../kernel/index.js";
import type { StoreSchema } from "../../store/index.js";
import { changeHeldIn, holdIn, inTransaction } from "../change.js";
import type { Outcome } from "./outcome.js";

/** The kind of the event that says the engine's part (databases and HTTP systems) is done, and what it came to. */
export const ENGINE_DONE_EVENT = "engine_done";

/**
 * The types whose engine part runs at once, before the tasks are answered: each changes the
 * company's own data, which Art. 17 and 18 want changed "without undue delay", and a paper archive's
 * owner who answers weeks later must not hold that up. Access and portability collect after the
 * tasks instead, so their package describes one moment.
 */
export const ENGINE_FIRST: ReadonlySet<RequestType> = new Set(["erasure", "rectification", "restriction"]);

/** What the event keeps of an outcome: all of it but a package, which these types never have. */
interface Recorded {
  completes_as: Outcome["event"];
  data: Outcome["data"];
  audit: Outcome["audit"];
}

/** The engine's outcome as recorded for a request, or undefined while its engine part has not run to the end. */
export async function recordedEngineOutcome(db: Kysely<StoreSchema>, requestId: string): Promise<Outcome | undefined> {
  const row = await db
    .selectFrom("request_events")
    .select("data")
    .where("request_id", "=", requestId)
    .where("kind", "=", ENGINE_DONE_EVENT)
    .orderBy("id")
    .executeTakeFirst();
  if (!row) return undefined;
  const recorded = JSON.parse(row.data) as Recorded;
  return { event: recorded.completes_as, data: recorded.data, audit: recorded.audit };
}

/**
 * Records the engine's outcome once, in a transaction that holds the request: of two workers that
 * both ran the engine (a retried job beside the first), the first record stands and both go on with
 * it. The second run found what the first had erased already and would report zeros. Returns the
 * outcome that stands. Counts, collections and outcome words only, as the completion holds them.
 */
export function recordEngineOutcomeOnce(ctx: ServiceContext, requestId: string, outcome: Outcome): Promise<Outcome> {
  return inTransaction(ctx, async (trx) => {
    const held = await holdIn(ctx, trx, requestId);
    const first = await recordedEngineOutcome(trx, requestId);
    if (first) return first;
    const recorded: Recorded = { completes_as: outcome.event, data: outcome.data, audit: outcome.audit };
    await changeHeldIn(ctx, trx, held, {
      actor: "worker",
      kind: ENGINE_DONE_EVENT,
      data: { ...recorded },
      audit: { completes_as: outcome.event, ...outcome.audit },
    });
    return outcome;
  });
}
