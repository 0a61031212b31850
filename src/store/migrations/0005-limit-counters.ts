import type { Kysely, Migration } from "kysely";

/*
 * Counters for the filing and sign-in limits, shared by every process on the store so replicas behind
 * a load balancer count together. Keys are SHA-256 hashes: the limits recognise an address, they do
 * not keep it. Column meanings are on the type in ../schema.ts.
 */

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("limit_counters")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("window_started_at", "text", (c) => c.notNull())
    .addColumn("last_at", "text", (c) => c.notNull())
    .addColumn("blocked_until", "text")
    .execute();
  await db.schema.createIndex("limit_counters_last_at").on("limit_counters").column("last_at").execute();
}

async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("limit_counters").execute();
}

export function limitCounters(): Migration {
  return { up, down };
}
