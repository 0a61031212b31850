import { type MigrationResultSet, Migrator } from "kysely";
import { storeMigrations } from "./migrations/index.js";
import type { Store } from "./open.js";

function migrator(store: Store): Migrator {
  return new Migrator({ db: store.db, provider: storeMigrations(store.dialect) });
}

/** Thrown when a migration fails; the store is left at the last migration that succeeded. */
export class MigrationError extends Error {}

/**
 * Brings the store to the latest schema and returns the names of the migrations it applied (none when
 * it was up to date). Kysely takes a lock first, so several processes starting at once apply each
 * migration once.
 */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const result: MigrationResultSet = await migrator(store).migrateToLatest();
  const failed = result.results?.find((r) => r.status === "Error");
  if (result.error || failed) {
    const cause = result.error instanceof Error ? result.error.message : "unknown error";
    throw new MigrationError(`migration ${failed?.migrationName ?? "(none)"} failed: ${cause}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Names of the migrations not yet applied, so a process can refuse to run on an old schema. */
export async function pendingMigrations(store: Store): Promise<string[]> {
  const all = await migrator(store).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
