import type { Kysely, Migration } from "kysely";

/*
 * The breach register: every personal data breach with its moment of awareness, its risk assessment,
 * when the authority and the people concerned were told, and the facts of the notification form.
 * Column meanings are on the types in ../breach-tables.ts.
 */

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("breaches")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("reference", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("aware_at", "text", (c) => c.notNull())
    .addColumn("risk", "text")
    .addColumn("authority_notified_at", "text")
    .addColumn("people_notified_at", "text")
    .addColumn("facts", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("breaches_aware_at").on("breaches").column("aware_at").execute();
}

async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("breaches").execute();
}

export function breaches(): Migration {
  return { up, down };
}
