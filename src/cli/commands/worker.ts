import type { Command } from "@commander-js/extra-typings";
import { pino } from "pino";
import {
  ConfigError,
  type ContextFromEnv,
  serviceContextFromEnv,
  serviceHandlers,
  startHousekeeping,
  untilStopSignal,
} from "../../service/index.js";
import { LeaseConfigError, leaseFromEnv, startWorker, WorkerStartError } from "../../jobs/index.js";
import { openStore, storeDialectOf } from "../../store/index.js";
import { oneOf, UsageError } from "../io.js";
import { addStoreOptions, storeUrlFrom } from "./migrate.js";

const RUNNERS = ["store", "pg-boss"] as const;

/** Fields that could hold personal data are censored should any log call ever pass one. */
const REDACT = ["email", "identities", "to_address", "payload"].flatMap((field) => [field, `*.${field}`]);

export function registerWorker(program: Command, setExit: (code: number) => void): void {
  addStoreOptions(
    program
      .command("worker")
      .description(
        "run the service's background jobs (processing requests, Art. 19 webhooks) until SIGTERM or SIGINT; " +
          "settings from the environment as for serve",
      )
      .option("--runner <runner>", `the job runner: ${RUNNERS.join(" or ")} (default: pg-boss on PostgreSQL)`)
      .option("--register <file>", "the register (default $WAARBORG_REGISTER)"),
  ).action(async (opts) => {
    const runner = opts.runner === undefined ? undefined : oneOf(opts.runner, RUNNERS, "--runner");
    let lease: ReturnType<typeof leaseFromEnv>;
    try {
      lease = leaseFromEnv(process.env);
    } catch (error) {
      if (error instanceof LeaseConfigError) throw new UsageError(error.message);
      throw error;
    }
    const logger = pino({ name: "waarborg-worker", redact: REDACT }, pino.destination({ dest: 1, sync: true }));
    const url = storeUrlFrom(opts);
    if (runner === "pg-boss" && !storeDialectOf(url).pgBoss)
      throw new UsageError("--runner pg-boss needs a PostgreSQL store (DATABASE_URL)");
    const store = await openStore({ url });
    const shutdown = untilStopSignal({ keepAlive: true });
    let context: ContextFromEnv | undefined;
    try {
      const worker = await startWorker({
        store,
        logger,
        queue: { runner, ...lease },
        // The context needs the worker's queue: processing a request queues its webhooks on it.
        handlers: async (queue) => {
          context = await serviceContextFromEnv(process.env, store, queue, { registerPath: opts.register });
          return serviceHandlers(context.ctx);
        },
      });
      const housekeeping = context ? startHousekeeping(context.ctx, logger) : undefined;
      logger.info({ signal: await shutdown.signal }, "stopping");
      await housekeeping?.stop();
      await worker.stop();
    } catch (error) {
      shutdown.cancel();
      if (error instanceof ConfigError) throw new UsageError(error.message);
      if (!(error instanceof WorkerStartError)) throw error;
      process.stderr.write(`waarborg: ${error.message}\n`);
      setExit(1);
    } finally {
      context?.close();
      await store.close();
    }
  });
}
