import { deadlineFor } from "../../deadlines/index.js";
import { changeIn, inTransaction } from "../change.js";
import { clockState, today } from "../clock.js";
import type { Actor, ServiceContext } from "../../context/index.js";
import { OperationError } from "../errors.js";
import { readEvents } from "../records.js";

/**
 * Starts the clock again (the proof arrived): the days it stood still are added to the deadline, so
 * the due date moves by the length of the pause (and then to a working day).
 */
export async function resumeClock(
  ctx: ServiceContext,
  input: { requestId: string; actor: Actor },
): Promise<{ due: string }> {
  const to = today(ctx);
  let due = "";
  await inTransaction(ctx, async (trx) => {
    const events = await readEvents(trx, input.requestId);
    const from = [...events].reverse().find((e) => e.kind === "clock_paused")?.data.from as string | undefined;
    await changeIn(ctx, trx, input.requestId, {
      actor: input.actor,
      kind: "clock_resumed",
      guard: (row) => {
        if (!row.paused_since || !from) throw new OperationError(undefined, "the clock is not paused", "not-paused");
      },
      set: (row) => {
        const state = clockState(row, events);
        const pauses = (state.pauses ?? []).map((p) => (p.to === undefined ? { ...p, to } : p));
        const deadline = deadlineFor({ ...state, pauses }, { calendar: ctx.calendar });
        if (deadline.paused) throw new Error("a resumed clock cannot still be paused");
        due = deadline.due;
        return {
          paused_since: null,
          paused_days: deadline.pausedDays,
          due_at: deadline.due,
          ...(deadline.extendedBy > 0 ? { extended_until: deadline.due } : {}),
        };
      },
      data: { from, to },
      audit: { from, to },
    });
  });
  return { due };
}
