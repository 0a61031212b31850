export { DEFAULT_STORE_URL, resolveStoreUrl, StoreConfigError, type StoreUrlOptions } from "./config.js";
export { type StoreDialect, storeDialectOf } from "./dialect.js";
export { MigrationError, migrateToLatest, pendingMigrations } from "./migrate.js";
export { type OpenStoreOptions, openStore, type Store } from "./open.js";
export * from "./schema.js";
export { isoAfter, isoTimestamp } from "./time.js";
