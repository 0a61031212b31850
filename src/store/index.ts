export { DEFAULT_STORE_URL, resolveStoreUrl, StoreConfigError, type StoreUrlOptions } from "./config.js";
export type { StoreDialect, StoreDialectName } from "./dialect.js";
export { MigrationError, migrateToLatest, pendingMigrations } from "./migrate.js";
export { type OpenStoreOptions, openStore, type Store, storeDialectOf } from "./open.js";
export * from "./access-grant-tables.js";
export * from "./breach-tables.js";
export * from "./task-tables.js";
export * from "./processor-tables.js";
export * from "./tenant-tables.js";
export * from "./retention-tables.js";
export * from "./schema.js";
export { isoAfter, isoTimestamp } from "./time.js";
export { pingStore, StoreUnreachableError } from "./unreachable.js";
export {
  type ApiTokenRow,
  type JobRow,
  type JobState,
  type OpenDsrLinksTable,
  type OutboxRow,
  type PackagesTable,
  type RequestEventRow,
  type RequestRow,
  type RequestStatus,
  type RequestUpdate,
  type StoreSchema,
  USER_ROLES,
  type UserRole,
  type UserRow,
} from "./schema.js";
