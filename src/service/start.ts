import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { loadDataKey } from "../crypto/index.js";
import { formatDiagnostic } from "../diagnostics/index.js";
import { buildApp, listen } from "../http/index.js";
import { createQueue, type JobQueue, leaseFromEnv, queueLogging, registerHandlers } from "../jobs/index.js";
import { serviceHandlers } from "./handlers.js";
import type { ServiceContext } from "../context/index.js";
import { loadRegister } from "../register/index.js";
import { migrateToLatest, openStore } from "../store/index.js";
import type { ServiceConfig } from "./config.js";
import { prepareDemoDatabase } from "./demo-database.js";
import { seedDemoTenants } from "./demo-tenants.js";
import { type FirstAdmin, ensureFirstAdmin } from "./first-admin.js";
import { demoKeys } from "./keys.js";
import { type Housekeeping, startHousekeeping } from "./housekeeping.js";
import { createServiceContext } from "./context.js";
import { mailerFor } from "./mailer.js";
import { recordStatementVersion } from "../statement/index.js";
import { drainConsent, type Sealing, startSealing } from "../consent/index.js";

/** The service cannot start as configured; the message says what to fix and holds no secret. */
export class ServiceStartError extends Error {}

export interface RunningService {
  ctx: ServiceContext;
  app: FastifyInstance;
  /** Where the privacy center and the admin console are reached (from the public URL). */
  centerUrl: string;
  adminUrl: string;
  /** Set on the start that created the first account: its password, to print once. */
  firstAdmin: FirstAdmin | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger: Logger;
  /** The environment to read secrets and dataset URLs from (process.env unless given). */
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  /** Queue timings for tests; production keeps the defaults. */
  queue?: { pollIntervalMs?: number };
}

/**
 * The demo's additions to the environment: its database URL and, where the environment has none,
 * keys generated on first start and kept in the data folder.
 */
async function demoEnvironment(config: ServiceConfig, env: NodeJS.ProcessEnv, logger: Logger) {
  const keys = demoKeys(config.dataDir, env);
  if (keys.generated.length > 0)
    logger.info(
      { generated: keys.generated, file: keys.file, mode: "0600" },
      `generated ${keys.generated.join(" and ")} for the demo and stored them in ${keys.file} (readable by the owner only); set them in the environment to use your own`,
    );
  const demoDatabaseUrl = config.demoDatabaseUrl!;
  const demo = await prepareDemoDatabase(demoDatabaseUrl, config.demoSubjects);
  if (demo.seeded) logger.info({ subjects: demo.subjects }, "created and seeded the demo database");
  return { ...env, ...keys.values, DEMO_DATABASE_URL: demoDatabaseUrl };
}

function dataKeyFrom(env: NodeJS.ProcessEnv): Buffer {
  try {
    return loadDataKey(env);
  } catch (error) {
    throw new ServiceStartError((error as Error).message);
  }
}

async function loadServiceRegister(path: string) {
  const loaded = await loadRegister(path);
  if (!loaded.register) {
    const errors = loaded.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
    throw new ServiceStartError(`the register does not load:\n${errors.join("\n")}`);
  }
  return loaded.register;
}

/**
 * Starts `waarborg serve`: the register, the store (migrated), the job queue with the service's
 * handlers, and the HTTP server. With --demo it first prepares the embedded default: keys, the demo
 * database seeded on first start, its organisations in the tenants directory. Everything started is stopped again if a later step fails.
 */
export async function startService(config: ServiceConfig, options: StartOptions): Promise<RunningService> {
  const { logger } = options;
  const now = options.now ?? (() => new Date());
  // The store first: when it cannot be reached the service stops before it has generated keys or
  // seeded a demo database, and says so in one line (StoreUnreachableError).
  const store = await openStore({ url: config.storeUrl });
  let env: NodeJS.ProcessEnv;
  let register: Awaited<ReturnType<typeof loadServiceRegister>>;
  let data: Buffer;
  try {
    env = config.demo
      ? await demoEnvironment(config, options.env ?? process.env, logger)
      : { ...(options.env ?? process.env) };
    register = await loadServiceRegister(config.registerPath);
    data = dataKeyFrom(env);
  } catch (error) {
    await store.close();
    throw error;
  }
  let queue: JobQueue | undefined;
  let app: FastifyInstance | undefined;
  let mailer: ReturnType<typeof mailerFor> | undefined;
  let housekeeping: Housekeeping | undefined;
  let sealing: Sealing | undefined;
  const stop = async () => {
    await app?.close();
    // Decisions still being committed get their answer before the store closes.
    await drainConsent(store);
    await sealing?.stop();
    await housekeeping?.stop();
    await queue?.stop();
    mailer?.close?.();
    await store.close();
  };
  try {
    const applied = await migrateToLatest(store);
    if (applied.length > 0) logger.info({ migrations: applied }, "migrated the service store");
    if (await recordStatementVersion(store, register, now()))
      logger.info({ version: register.statement.version }, "recorded a new privacy statement version");
    const firstAdmin = await ensureFirstAdmin(store, config.adminEmail, now());
    // The demo's customers, so its requests refer people to them: in the store, hence after migrating.
    if (config.demo) {
      const tenants = await seedDemoTenants(store, config.demoDatabaseUrl!, now);
      if (tenants > 0) logger.info({ tenants }, "recorded the demo's organisations in the tenants directory");
    }

    queue = createQueue(store, {
      // pg-boss fixes a job's first lease when it is sent, so the sender must use the workers' setting.
      ...leaseFromEnv(env),
      ...options.queue,
      ...queueLogging(logger),
    });
    mailer = mailerFor(config, store, now);
    const ctx = createServiceContext({
      store,
      queue,
      mailer,
      register,
      registerPath: config.registerPath,
      dataKey: data,
      now,
      publicUrl: config.publicUrl,
      env,
    });
    await queue.start();
    if (config.runWorker) {
      const queues = await registerHandlers(queue, serviceHandlers(ctx));
      logger.info({ runner: queue.runner, queues }, "running jobs in this process");
      housekeeping = startHousekeeping(ctx, logger);
    }
    // Consent records reach the audit log a segment at a time; every process that takes them seals.
    sealing = startSealing(ctx, {
      onError: (error) =>
        logger.error({ error: error instanceof Error ? error.name : "error" }, "sealing consent records failed"),
    });
    app = buildApp(ctx, { logger, trustProxy: config.trustProxy });
    const listening = await listen(app, { host: config.host, port: config.port });
    // With port 0 and no public URL, links can only be made once the system has picked the port.
    if (!config.publicUrl) ctx.publicUrl = listening.address;
    logger.info({ dialect: store.dialect.name, mail: config.smtpUrl ? "smtp" : "outbox" }, "service started");
    return {
      ctx,
      app,
      centerUrl: `${ctx.publicUrl}/`,
      adminUrl: `${ctx.publicUrl}/admin/`,
      firstAdmin,
      stop,
    };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
