import type { Kysely, Migration } from "kysely";

/*
 * Reminders about processors and recipients: each reminder of an agreement review sent once per due
 * date, and each Art. 19 notice a recipient is asked to acknowledge, with its reminders. Column
 * meanings are on the types in ../processor-tables.ts.
 */

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("processor_reminders")
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("processor_reminders_pk", ["recipient", "due_on", "kind"])
    .execute();

  await db.schema
    .createTable("recipient_acknowledgements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("request_id", "text", (c) => c.notNull())
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addColumn("acknowledged_at", "text")
    .addColumn("acknowledged_by", "text")
    .addColumn("reminders_sent", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_reminded_at", "text")
    .addUniqueConstraint("recipient_acknowledgements_request_recipient", ["request_id", "recipient"])
    .execute();
  await db.schema
    .createIndex("recipient_acknowledgements_open")
    .on("recipient_acknowledgements")
    .columns(["acknowledged_at", "sent_at"])
    .execute();
}

async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("recipient_acknowledgements").execute();
  await db.schema.dropTable("processor_reminders").execute();
}

export function processorReminders(): Migration {
  return { up, down };
}
