import type { Kysely, Migration } from "kysely";

/*
 * Processor mode: the directory of the company's customers (tenants), so a person whose data the
 * company holds for one of them can be told which customer that is and how to reach its privacy
 * contact. Column meanings are on the type in ../tenant-tables.ts.
 */

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("tenants")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("privacy_email", "text")
    .addColumn("privacy_url", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("tenants").execute();
}

export function tenants(): Migration {
  return { up, down };
}
