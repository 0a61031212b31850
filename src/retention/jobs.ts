import type { ServiceContext } from "../context/index.js";
import { type JobHandlers, payloadId } from "../jobs/index.js";
import { compileRetention } from "./compile.js";
import { retentionDeps } from "./deps.js";
import { runRetention } from "./run.js";
import { lastRuns } from "./runs.js";
import { sweepIntervalMs } from "./status.js";

export const RETENTION_QUEUE = "retention.sweep";

/**
 * One job per rule. The job is idempotent as a sweep is: a second run finds the handled rows gone or
 * already anonymised. Two workers never sweep the same rule at once: the schedule sends with a
 * singleton key per rule, and the sweep itself takes the rule's lease, so a job that finds the rule
 * busy (a CLI run, a stuck duplicate) completes without touching it.
 */
export function retentionJobHandlers(ctx: ServiceContext): JobHandlers {
  return {
    [RETENTION_QUEUE]: {
      handle: async (job) => {
        const rule = payloadId(job.payload, "rule");
        const [report] = await runRetention(retentionDeps(ctx), { rules: [rule], trigger: "schedule" });
        if (report?.outcome === "failed") throw new Error(`retention rule ${rule}: ${report.error ?? "failed"}`);
      },
    },
  };
}

/**
 * Queues a sweep for every rule whose interval has passed since its last run. Off unless
 * WAARBORG_RETENTION_EVERY_HOURS is set: deleting data on a schedule is a choice the operator makes
 * once the register's collections are right, not a side effect of starting the service.
 */
export async function scheduleRetention(ctx: ServiceContext): Promise<string[]> {
  if (!ctx.env.WAARBORG_RETENTION_EVERY_HOURS) return [];
  const every = sweepIntervalMs(ctx.env);
  const now = ctx.now().getTime();
  const runs = await lastRuns(ctx.store);
  const queued: string[] = [];
  for (const sweep of compileRetention(ctx.register).sweeps) {
    const last = runs.get(sweep.rule);
    if (last && new Date(last.startedAt).getTime() + every > now) continue;
    await ctx.queue.send(RETENTION_QUEUE, { rule: sweep.rule }, { singletonKey: `retention:${sweep.rule}` });
    queued.push(sweep.rule);
  }
  return queued;
}
