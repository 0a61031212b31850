import type { Kysely, Migration } from "kysely";

/*
 * Tenant deletions: one record per scheduled deletion of a tenant (an organisation), with its undo
 * deadline, purge date, backup date and progress. Column meanings are on the type in ../schema.ts.
 */

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("tenant_deletions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("tenant", "text", (c) => c.notNull())
    // The tenant's key while the deletion is scheduled or purging, null once it is cancelled or done:
    // a unique column that holds NULL many times, so a tenant has at most one deletion under way.
    .addColumn("active_tenant", "text", (c) => c.unique())
    .addColumn("rule", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("requested_by", "text", (c) => c.notNull())
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("undo_until", "text", (c) => c.notNull())
    .addColumn("purge_at", "text", (c) => c.notNull())
    .addColumn("backup_purge", "text")
    .addColumn("backups_gone_by", "text")
    .addColumn("erasure_request", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("cancelled_at", "text")
    .addColumn("cancelled_by", "text")
    .addColumn("purge_started_at", "text")
    .addColumn("purged_at", "text")
    .addColumn("progress", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("error", "text")
    .execute();
  await db.schema.createIndex("tenant_deletions_due").on("tenant_deletions").columns(["status", "purge_at"]).execute();
}

async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("tenant_deletions").execute();
}

export function tenantDeletions(): Migration {
  return { up, down };
}
