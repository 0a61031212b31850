import type { Kysely, Migration } from "kysely";
import type { StoreDialect } from "../dialect.js";

/*
 * Marketing subscriptions by e-mail (double opt-in) and the suppression list. Column meanings are on
 * the types in ../schema.ts. Addresses are kept encrypted, and found by a keyed hash.
 */

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable("subscriptions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("email_hash", "text", (c) => c.notNull())
    .addColumn("email_encrypted", "text", (c) => c.notNull())
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("shown", "text", (c) => c.notNull())
    .addColumn("confirm_token_hash", "text", (c) => c.notNull().unique())
    .addColumn("unsubscribe_token_hash", "text", (c) => c.notNull().unique())
    .addColumn("parental", "text")
    .addColumn("parent_token_hash", "text", (c) => c.unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("confirmed_at", "text")
    .addColumn("parent_confirmed_at", "text")
    .addColumn("ended_at", "text")
    .addColumn("end_reason", "text")
    .execute();
  await db.schema.createIndex("subscriptions_email").on("subscriptions").columns(["email_hash", "purpose"]).execute();

  await db.schema
    .createTable("suppressions")
    .addColumn("id", "integer", dialect.autoIncrementKey)
    .addColumn("email_hash", "text", (c) => c.notNull())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("suppressions_email").on("suppressions").columns(["email_hash", "purpose"]).execute();
}

async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("suppressions").execute();
  await db.schema.dropTable("subscriptions").execute();
}

export function subscriptions(dialect: StoreDialect): Migration {
  return { up: (db) => up(db, dialect), down };
}
