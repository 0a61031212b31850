import { PgBossQueue } from "../../src/jobs/pg-boss-queue.js";
import type { QueueOptions } from "../../src/jobs/queue.js";
import { StoreQueue } from "../../src/jobs/store-queue.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";
import { available, createTestDatabase } from "../helpers/databases.js";
import { type ContractTarget, describeJobQueueContract } from "./job-queue.contract.js";

/** Short times so the whole contract runs in seconds; production keeps the defaults. */
const FAST: QueueOptions = { pollIntervalMs: 50, retryDelayMs: 100 };
/** pg-boss counts retry delays in whole seconds. */
const FAST_PG_BOSS: QueueOptions = { pollIntervalMs: 100, retryDelayMs: 1000 };

const postgres = await available("postgres");

/**
 * SQLite: every instance shares one Store, as workers in one process do. better-sqlite3 is synchronous,
 * so a second connection in the same process would wait for the first one's write lock while blocking
 * the very thread that must release it. Separate processes each have their own connection.
 */
describeJobQueueContract("StoreQueue on SQLite", true, async (): Promise<ContractTarget> => {
  const database = await createTestDatabase("sqlite");
  const store = await openStore({ url: database.url });
  await migrateToLatest(store);
  return {
    retryDelayMs: FAST.retryDelayMs as number,
    open: async (options) => ({ queue: new StoreQueue(store, { ...FAST, ...options }), store, close: async () => {} }),
    teardown: async () => {
      await store.close();
      await database.drop();
    },
  };
});

/** PostgreSQL: each instance opens its own pool, as a separate worker process would. */
async function postgresTarget(
  make: (store: Store, options: QueueOptions) => StoreQueue | PgBossQueue,
  defaults: QueueOptions,
): Promise<ContractTarget> {
  const database = await createTestDatabase("postgres");
  const migrator = await openStore({ url: database.url });
  await migrateToLatest(migrator);
  await migrator.close();
  return {
    retryDelayMs: defaults.retryDelayMs as number,
    open: async (options) => {
      const store = await openStore({ url: database.url, poolSize: 5 });
      return { queue: make(store, { ...defaults, ...options }), store, close: () => store.close() };
    },
    teardown: () => database.drop(),
  };
}

describeJobQueueContract("StoreQueue on PostgreSQL", postgres, () =>
  postgresTarget((store, options) => new StoreQueue(store, options), FAST),
);

describeJobQueueContract("PgBossQueue", postgres, () =>
  postgresTarget((store, options) => new PgBossQueue(store, options), FAST_PG_BOSS),
);
