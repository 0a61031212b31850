import type { ServiceContext } from "../context/index.js";
import { type JobHandlers, payloadId } from "../jobs/index.js";
import { retentionDeps } from "./deps.js";
import { duePurges, runTenantPurges } from "./tenant-purge.js";
import { TenantDeletionError } from "./tenants.js";

export const TENANT_PURGE_QUEUE = "retention.tenant_purge";

/**
 * One job per tenant whose undo window has ended. The job is idempotent as the purge is: a finished
 * purge is not due any more, and a half-done one carries on. A purge another process holds (a CLI
 * run, a duplicate job) reports "busy" and the job completes without touching it.
 */
export function tenantJobHandlers(ctx: ServiceContext): JobHandlers {
  return {
    [TENANT_PURGE_QUEUE]: {
      handle: async (job) => {
        const tenant = payloadId(job.payload, "tenant");
        const deps = retentionDeps(ctx);
        const [report] = await runTenantPurges(deps, { tenant, trigger: "schedule" }).catch((error: unknown) => {
          // Undone or finished since it was queued: nothing left to do.
          if (error instanceof TenantDeletionError) return [];
          throw error;
        });
        if (report?.outcome === "failed") throw new Error(`tenant purge ${report.id}: ${report.error ?? "failed"}`);
      },
    },
  };
}

/**
 * Queues a purge for every tenant whose purge date has come, on the schedule of the retention
 * sweeps: off unless WAARBORG_RETENTION_EVERY_HOURS is set, since deleting data on a schedule is the
 * operator's choice. A singleton key per deletion keeps one job per tenant at a time.
 */
export async function scheduleTenantPurges(ctx: ServiceContext): Promise<string[]> {
  if (!ctx.env.WAARBORG_RETENTION_EVERY_HOURS) return [];
  const queued: string[] = [];
  for (const deletion of await duePurges(retentionDeps(ctx))) {
    await ctx.queue.send(
      TENANT_PURGE_QUEUE,
      { tenant: deletion.tenant },
      { singletonKey: `tenant-purge:${deletion.id}` },
    );
    queued.push(deletion.tenant);
  }
  return queued;
}
