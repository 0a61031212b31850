import type { Kysely, Migration } from "kysely";

/*
 * Support access grants: time-boxed, approved access by support staff or an external party to one
 * tenant's data, and the projects and incidents an external party's grant must name. A grant's uses
 * are audit log entries. Column meanings are on the types in ../access-grant-tables.ts.
 */

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("access_grants")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("tenant", "text", (c) => c.notNull())
    .addColumn("party", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("reference_kind", "text", (c) => c.notNull())
    .addColumn("reference", "text", (c) => c.notNull())
    .addColumn("grantee", "text", (c) => c.notNull())
    .addColumn("requested_by", "text", (c) => c.notNull())
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("duration_minutes", "integer", (c) => c.notNull())
    .addColumn("approved_by", "text")
    .addColumn("approved_at", "text")
    .addColumn("customer_approval_required", "integer", (c) => c.notNull())
    .addColumn("customer_decided_by", "text")
    .addColumn("customer_decided_at", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("starts_at", "text")
    .addColumn("expires_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("revoked_by", "text")
    .addColumn("revoke_reason", "text")
    .execute();
  await db.schema.createIndex("access_grants_tenant").on("access_grants").columns(["tenant", "requested_at"]).execute();
  await db.schema
    .createIndex("access_grants_reference")
    .on("access_grants")
    .columns(["reference_kind", "reference"])
    .execute();

  await db.schema
    .createTable("access_engagements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("reference", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("opened_by", "text", (c) => c.notNull())
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("closed_by", "text")
    .addColumn("closed_at", "text")
    .addUniqueConstraint("access_engagements_kind_reference", ["kind", "reference"])
    .execute();
}

async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("access_engagements").execute();
  await db.schema.dropTable("access_grants").execute();
}

export function accessGrants(): Migration {
  return { up, down };
}
