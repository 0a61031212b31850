import type { Kysely, Migration } from "kysely";
import type { StoreDialect } from "../dialect.js";

/*
 * Manual tasks for systems without an API and the files their owners answer with. Column meanings
 * are on the types in ../task-tables.ts.
 */

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable("tasks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("request_id", "text", (c) => c.notNull().references("requests.id").onDelete("cascade"))
    .addColumn("system", "text", (c) => c.notNull())
    .addColumn("owner_name", "text", (c) => c.notNull())
    .addColumn("owner_email", "text", (c) => c.notNull())
    .addColumn("owner_lang", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("mailed_at", "text")
    .addColumn("reminded_before_at", "text")
    .addColumn("reminded_due_at", "text")
    .addColumn("escalated_at", "text")
    .addColumn("answer", "text")
    .addColumn("note_encrypted", "text")
    .addColumn("answered_by", "text")
    .addColumn("answered_at", "text")
    .execute();
  // One task per request and system: a job run twice cannot make a second.
  await db.schema.createIndex("tasks_request_system").on("tasks").columns(["request_id", "system"]).unique().execute();
  await db.schema.createIndex("tasks_open_due").on("tasks").columns(["answer", "due_on"]).execute();
  await db.schema
    .createTable("task_files")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("task_id", "text", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("content", dialect.binaryType, (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("task_files_task").on("task_files").column("task_id").execute();
}

async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("task_files").execute();
  await db.schema.dropTable("tasks").execute();
}

export function tasks(dialect: StoreDialect): Migration {
  return { up: (db) => up(db, dialect), down };
}
