import type { Kysely, Migration } from "kysely";

/*
 * Processor mode: where a tenant wants to be told that its request moved, as a signed POST. The
 * column's meaning is on the type in ../tenant-tables.ts; the signing secret is derived, not stored.
 */

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("tenants").addColumn("callback_url", "text").execute();
}

async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("tenants").dropColumn("callback_url").execute();
}

export function tenantCallbacks(): Migration {
  return { up, down };
}
