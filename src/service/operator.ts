import type { ServiceContext } from "../context/index.js";
import { createQueue, LeaseConfigError, leaseFromEnv } from "../jobs/index.js";
import type { Register } from "../register/index.js";
import { DEFAULT_STORE_URL, migrateToLatest, openStore } from "../store/index.js";
import { ConfigError, DATA_DIR } from "./config.js";
import { contextFromSettings, settingsFromEnv } from "./context.js";
import { withStoredKeys } from "./keys.js";

export interface OperatorContext {
  ctx: ServiceContext;
  /** Stops the queue, closes the mail connection and the store. */
  close(): Promise<void>;
}

export interface OperatorContextOptions {
  storeUrl: string;
  register: Register;
  registerPath: string;
  env: NodeJS.ProcessEnv;
}

/**
 * The context for a request run from the command line, built as `waarborg worker` builds its own:
 * settings and the data key from the environment, mail as the worker sends it, and the service store,
 * migrated, with the same job queue a running service or worker takes from, so the Art. 19 webhooks
 * a request queues are delivered by them. On the embedded default store the keys `serve --demo`
 * generated are found in its keys file when the environment has none. Settings are checked before
 * the store is opened, so a missing key leaves no store behind. Throws ConfigError.
 */
export async function openOperatorContext(options: OperatorContextOptions): Promise<OperatorContext> {
  const env = options.storeUrl === DEFAULT_STORE_URL ? withStoredKeys(DATA_DIR, options.env) : { ...options.env };
  const settings = await settingsFromEnv(env, { registerPath: options.registerPath, register: options.register });
  let lease: ReturnType<typeof leaseFromEnv>;
  try {
    // pg-boss fixes a job's first lease when it is sent, so the sender must use the workers' setting.
    lease = leaseFromEnv(env);
  } catch (error) {
    if (error instanceof LeaseConfigError) throw new ConfigError(error.message);
    throw error;
  }
  const store = await openStore({ url: options.storeUrl });
  const queue = createQueue(store, lease);
  try {
    await migrateToLatest(store);
    await queue.start();
    const { ctx, close } = contextFromSettings(settings, store, queue);
    return {
      ctx,
      async close() {
        close();
        await queue.stop();
        await store.close();
      },
    };
  } catch (error) {
    await queue.stop().catch(() => undefined);
    await store.close();
    throw error;
  }
}
