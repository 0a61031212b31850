import type { ServiceContext } from "../context/index.js";
import type { JobHandlers } from "../jobs/index.js";
import { openDsrJobHandlers } from "../opendsr/index.js";
import { requestJobHandlers } from "../requests/index.js";
import { retentionJobHandlers, tenantJobHandlers } from "../retention/index.js";

/**
 * Every job the service runs, merged from the domains that define them. A queue name given twice
 * is a programming error, caught here at start-up rather than by a job that goes to the wrong handler.
 */
export function serviceHandlers(ctx: ServiceContext): JobHandlers {
  const merged: JobHandlers = {};
  const domains = [requestJobHandlers(ctx), openDsrJobHandlers(ctx), retentionJobHandlers(ctx), tenantJobHandlers(ctx)];
  for (const handlers of domains) {
    for (const [queue, entry] of Object.entries(handlers)) {
      if (queue in merged) throw new Error(`two domains define jobs for the queue ${queue}`);
      merged[queue] = entry;
    }
  }
  return merged;
}
