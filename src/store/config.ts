/** Where the embedded default keeps its data, relative to the folder the service runs in. */
export const DEFAULT_STORE_URL = "sqlite:.waarborg/waarborg.db";

export interface StoreUrlOptions {
  /** `--store sqlite:path` from the command line. */
  store?: string;
  /** The environment variable that holds the URL, `DATABASE_URL` unless named. */
  databaseUrlEnv?: string;
}

/** A store location that cannot be used as given; the message never holds the URL itself. */
export class StoreConfigError extends Error {}

/**
 * The store URL a command should open: `--store`, else the environment variable, else the SQLite
 * default. PostgreSQL URLs carry a password, so they come from the environment only: a command line
 * is visible to every user of the machine (ps) and lands in shell history.
 */
export function resolveStoreUrl(options: StoreUrlOptions, env: NodeJS.ProcessEnv = process.env): string {
  if (options.store !== undefined) {
    if (!options.store.startsWith("sqlite:"))
      throw new StoreConfigError(
        "--store takes sqlite:<path>; give a PostgreSQL URL through the environment (DATABASE_URL)",
      );
    return options.store;
  }
  const variable = options.databaseUrlEnv ?? "DATABASE_URL";
  const fromEnv = env[variable];
  if (fromEnv) return fromEnv;
  if (options.databaseUrlEnv !== undefined)
    throw new StoreConfigError(`the environment variable ${variable} is not set`);
  return DEFAULT_STORE_URL;
}
