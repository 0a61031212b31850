import { DeadlineError, deadlineFor } from "../../deadlines/index.js";
import { changeIn, inTransaction } from "../change.js";
import { clockState, today } from "../clock.js";
import type { Actor, ServiceContext } from "../../context/index.js";
import { OperationError } from "../errors.js";
import { requireOpen } from "../officer.js";
import { readEvents } from "../records.js";

/**
 * Stops the clock while the company waits for identity proof it reasonably asked for (DPA practice;
 * LAW.md). The pause starts today, is shown on the status page and ends with resumeClock. A clock that
 * has already run out cannot be paused back to life.
 */
export async function pauseClock(
  ctx: ServiceContext,
  input: { requestId: string; actor: Actor; reason?: string },
): Promise<void> {
  const from = today(ctx);
  const reason = input.reason?.trim();
  await inTransaction(ctx, async (trx) => {
    const events = await readEvents(trx, input.requestId);
    await changeIn(ctx, trx, input.requestId, {
      actor: input.actor,
      kind: "clock_paused",
      guard: (row) => {
        requireOpen(row);
        if (row.status === "in_progress")
          throw new OperationError(
            undefined,
            "the request is being carried out; there is nothing left to wait for",
            "in-progress",
          );
        if (row.paused_since) throw new OperationError(undefined, "the clock is already paused", "already-paused");
        const state = clockState(row, events);
        deadlineFor({ ...state, pauses: [...(state.pauses ?? []), { from }] }, { calendar: ctx.calendar });
      },
      set: () => ({ paused_since: ctx.now().toISOString() }),
      data: { from, ...(reason ? { reason } : {}) },
      audit: { from },
    });
  }).catch((error: unknown) => {
    if (error instanceof DeadlineError) throw new OperationError(undefined, error.message, error.code);
    throw error;
  });
}
