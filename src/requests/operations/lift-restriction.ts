import { restrict, findPerson } from "../../datasets/index.js";
import type { RequestRow } from "../../store/index.js";
import type { Actor, ServiceContext } from "../../context/index.js";
import { changeRequest } from "../change.js";
import { OperationError } from "../errors.js";
import { withRequestSession } from "../process/session.js";
import { hasEvent, loadRequest, readEvents } from "../records.js";

export interface LiftedRestriction {
  /** Per collection: rows lifted, and rows that stay restricted because a legal hold keeps them. */
  collections: { collection: string; rows: number; marker: string | null; held?: number }[];
}

function liftable(row: RequestRow, lifted: boolean): void {
  if (row.type !== "restriction") throw new OperationError("request", "not a restriction request");
  if (row.status !== "completed" && row.status !== "partially_completed")
    throw new OperationError("request", `the restriction is ${row.status.replaceAll("_", " ")}, not in place`);
  if (lifted) throw new OperationError("request", "the restriction was lifted already");
}

/**
 * Lifts what a restriction request (Art. 18) put in place, on the rows of the same identities, and
 * records it on that request with its audit entry. Art. 18(3) wants the person told before it is
 * lifted; that is the operator's to do, and the reason this is never done by the service itself.
 * The rows change first and the event follows, as when a worker completes a request: a run cut short
 * leaves no event, and running it again lifts what is still marked.
 */
export async function liftRestriction(
  ctx: ServiceContext,
  input: { requestId: string; actor: Actor },
): Promise<LiftedRestriction> {
  const row = await loadRequest(ctx.store.db, input.requestId);
  liftable(row, hasEvent(await readEvents(ctx.store.db, row.id), "restriction_lifted"));
  const now = ctx.now();
  const result = await withRequestSession(ctx, row, async (s) => {
    const found = await findPerson(s.graph, s.connections, s.identities);
    return restrict(s.graph, s.connections, found, { lift: true, now });
  });
  const rows = result.collections.reduce((sum, c) => sum + c.rows, 0);
  await changeRequest(ctx, row.id, {
    actor: input.actor,
    kind: "restriction_lifted",
    data: { collections: result.collections },
    audit: { rows },
  });
  return { collections: result.collections };
}
