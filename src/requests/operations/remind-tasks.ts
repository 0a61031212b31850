import type { ServiceContext } from "../../context/index.js";
import { type SweepResult, sweepTasks } from "../../tasks/index.js";
import { openRequest } from "../identities.js";
import { FINAL } from "../states.js";

/**
 * The reminder and escalation sweep over open tasks (see tasks/remind.ts), with what it needs of each
 * task's request: its type, its deadline, the identities the owner searches by and
 * the tenant whose part they search. A finished request
 * (denied, cancelled) gets no more reminders.
 */
export function remindTasks(ctx: ServiceContext): Promise<SweepResult> {
  return sweepTasks(ctx, async (requestId) => {
    const row = await ctx.store.db.selectFrom("requests").selectAll().where("id", "=", requestId).executeTakeFirst();
    if (!row || FINAL.has(row.status)) return undefined;
    return {
      type: row.type,
      dueOn: row.due_at,
      identities: openRequest(ctx, row.id, row.identities_encrypted).identities,
      ...(row.tenant !== null ? { tenant: row.tenant } : {}),
    };
  });
}
