import type { Logger } from "pino";
import type { ServiceContext } from "../context/index.js";
import { pruneLimitCounters } from "../auth/index.js";
import { remindReviews } from "../processors/index.js";
import { remindRecipients, remindTasks, requeueStranded } from "../requests/index.js";
import { purgeOwnData, scheduleRetention, scheduleTenantPurges } from "../retention/index.js";

/** Filing and sign-in counters are dropped this long after their last use: every window and delay is shorter. */
const LIMIT_COUNTERS_KEPT_MS = 24 * 3600_000;

/** How often a process that runs jobs looks for work that fell between the cracks. */
export const HOUSEKEEPING_EVERY_MS = 5 * 60_000;

export interface Housekeeping {
  /** One pass now, or the one in progress; the timer runs passes on its own. Passes never overlap. */
  runOnce(): Promise<void>;
  /** Stops the timer and waits for a pass in progress. */
  stop(): Promise<void>;
}

/**
 * Periodic sweeps in every process that runs jobs (`serve` with its own workers, and `worker`): a first
 * pass at once, then one every `everyMs`. Every sweep is safe to run in several processes at once. Waarborg's
 * own data past its periods is purged in every pass: unlike the company's datasets it needs no opt-in.
 */
export function startHousekeeping(
  ctx: ServiceContext,
  logger: Logger,
  options: { everyMs?: number } = {},
): Housekeeping {
  let running: Promise<void> | undefined;
  const pass = async () => {
    try {
      const outcome = await requeueStranded(ctx);
      if (outcome.requeued > 0) logger.warn({ requests: outcome.requeued }, "queued stranded requests again");
      if (outcome.givenUp > 0)
        logger.warn({ requests: outcome.givenUp }, "requests wait for the privacy officer after failed runs");
      await pruneLimitCounters(ctx.store, new Date(ctx.now().getTime() - LIMIT_COUNTERS_KEPT_MS));
      const sweeps = await scheduleRetention(ctx);
      if (sweeps.length > 0) logger.info({ rules: sweeps }, "queued retention sweeps");
      const tasks = await remindTasks(ctx);
      if (tasks.reminded + tasks.escalated > 0) logger.info(tasks, "reminded the owners of open tasks");
      const purges = await scheduleTenantPurges(ctx);
      if (purges.length > 0) logger.info({ tenants: purges.length }, "queued tenant purges");
      const reviews = await remindReviews(ctx, { consoleUrl: `${ctx.publicUrl.replace(/\/$/, "")}/admin/processors` });
      if (reviews.sent.length > 0) logger.info({ reminders: reviews.sent.length }, "reminded agreement reviews");
      const notices = await remindRecipients(ctx);
      if (notices.length > 0) logger.info({ reminders: notices.length }, "reminded recipients of Art. 19 notices");
      // Last: a purge that fails (a package file that cannot be removed) holds up none of the sweeps above.
      const purged = (await purgeOwnData(ctx)).filter((r) => r.removed > 0);
      if (purged.length > 0)
        logger.info(
          { removed: Object.fromEntries(purged.map((r) => [r.kind, r.removed])) },
          "purged own data past its period",
        );
    } catch (error) {
      logger.error({ error: error instanceof Error ? error.message : String(error) }, "housekeeping failed");
    }
  };
  const runOnce = () => {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => void runOnce(), options.everyMs ?? HOUSEKEEPING_EVERY_MS);
  timer.unref();
  void runOnce();
  return {
    runOnce,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
