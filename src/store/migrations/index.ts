import type { Migration, MigrationProvider } from "kysely";
import type { StoreDialect } from "../dialect.js";
import { initial } from "./0001-initial.js";
import { opendsrLinks } from "./0002-opendsr-links.js";
import { consentRecords } from "./0003-consent-records.js";
import { subscriptions } from "./0004-subscriptions.js";
import { limitCounters } from "./0005-limit-counters.js";
import { retention } from "./0006-retention.js";
import { tenantDeletions } from "./0007-tenant-deletions.js";
import { accessGrants } from "./0008-access-grants.js";
import { breaches } from "./0009-breaches.js";
import { processorReminders } from "./0010-processor-reminders.js";
import { tasks } from "./0011-tasks.js";
import { tokenTenants } from "./0012-token-tenants.js";
import { tenants } from "./0013-tenants.js";
import { tenantCallbacks } from "./0014-tenant-callbacks.js";

/**
 * Every migration of the service store, in order. Kysely runs them by name in alphabetical order, so
 * names start with a zero-padded number. Migrations live in code rather than in files found at run
 * time: the published package then needs no folder layout to be right, and a bundle works too.
 */
const MIGRATIONS: Record<string, (dialect: StoreDialect) => Migration> = {
  "0001_initial": initial,
  "0002_opendsr_links": opendsrLinks,
  "0003_consent_records": consentRecords,
  "0004_subscriptions": subscriptions,
  "0005_limit_counters": limitCounters,
  "0006_retention": retention,
  "0007_tenant_deletions": tenantDeletions,
  "0008_access_grants": accessGrants,
  "0009_breaches": breaches,
  "0010_processor_reminders": processorReminders,
  "0011_tasks": tasks,
  "0012_token_tenants": tokenTenants,
  "0013_tenants": tenants,
  "0014_tenant_callbacks": tenantCallbacks,
};

export function storeMigrations(dialect: StoreDialect): MigrationProvider {
  return {
    getMigrations: async () =>
      Object.fromEntries(Object.entries(MIGRATIONS).map(([name, make]) => [name, make(dialect)])),
  };
}
