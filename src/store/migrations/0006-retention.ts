import type { Kysely, Migration } from "kysely";

/*
 * Retention enforcement: one record per sweep run, one lease per rule (so two workers never sweep the
 * same rule at once), and the legal holds that stop sweeps until lifted. Column meanings are on the
 * types in ../schema.ts.
 */

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("retention_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("rule", "text", (c) => c.notNull())
    .addColumn("trigger", "text", (c) => c.notNull())
    .addColumn("dry_run", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("heartbeat_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .addColumn("handled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("held", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("details", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("error", "text")
    .execute();
  await db.schema.createIndex("retention_runs_rule").on("retention_runs").columns(["rule", "started_at"]).execute();

  await db.schema
    .createTable("retention_locks")
    .addColumn("rule", "text", (c) => c.primaryKey())
    .addColumn("holder", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("retention_holds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("identity_encrypted", "text")
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("placed_by", "text", (c) => c.notNull())
    .addColumn("placed_at", "text", (c) => c.notNull())
    .addColumn("lifted_at", "text")
    .addColumn("lifted_by", "text")
    .addColumn("lift_reason", "text")
    .execute();
}

async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("retention_holds").execute();
  await db.schema.dropTable("retention_locks").execute();
  await db.schema.dropTable("retention_runs").execute();
}

export function retention(): Migration {
  return { up, down };
}
