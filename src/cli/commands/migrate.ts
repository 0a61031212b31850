import type { Command, OptionValues } from "@commander-js/extra-typings";
import {
  migrateToLatest,
  openStore,
  resolveStoreUrl,
  StoreConfigError,
  type StoreUrlOptions,
} from "../../store/index.js";
import { UsageError } from "../io.js";

/** The store options every service command shares: `--store sqlite:path` or a URL from the environment. */
export function addStoreOptions<Args extends unknown[], Opts extends OptionValues, Global extends OptionValues>(
  command: Command<Args, Opts, Global>,
) {
  return command
    .option(
      "--store <url>",
      "a SQLite store, sqlite:<path> (default: $DATABASE_URL, else sqlite:.waarborg/waarborg.db)",
    )
    .option("--database-url-env <var>", "the environment variable holding the PostgreSQL URL (default DATABASE_URL)");
}

export function storeUrlFrom(options: StoreUrlOptions): string {
  try {
    return resolveStoreUrl(options);
  } catch (error) {
    if (error instanceof StoreConfigError) throw new UsageError(error.message);
    throw error;
  }
}

export function registerMigrate(program: Command): void {
  addStoreOptions(
    program.command("migrate").description("bring the service store's tables to the latest version"),
  ).action(async (opts) => {
    const store = await openStore({ url: storeUrlFrom(opts) });
    try {
      const applied = await migrateToLatest(store);
      if (applied.length === 0) process.stdout.write(`the ${store.dialect.name} store is up to date\n`);
      for (const name of applied) process.stdout.write(`applied ${name}\n`);
    } finally {
      await store.close();
    }
  });
}
