import { type Kysely, type Migration, sql } from "kysely";
import type { StoreDialect } from "../dialect.js";

/*
 * The first schema of the service store. Column meanings are documented on the types in
 * ../schema.ts; this file only says how they are laid out and indexed. Timestamps are text (see
 * schema.ts), so no column depends on a dialect's date handling.
 */

async function requests(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("identities_hash", "text", (c) => c.notNull())
    .addColumn("identities_encrypted", "text", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("extended_until", "text")
    .addColumn("extension_reason", "text")
    .addColumn("paused_since", "text")
    .addColumn("paused_days", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("status_token_hash", "text", (c) => c.notNull().unique())
    .addColumn("denial_reason", "text")
    .addColumn("details", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // The admin queue: open requests sorted by deadline.
  await db.schema.createIndex("requests_status_due").on("requests").columns(["status", "due_at"]).execute();
  // Duplicate and repeated-request detection (Art. 12(5)) looks requests up by the identities' hash.
  await db.schema
    .createIndex("requests_identities")
    .on("requests")
    .columns(["identities_hash", "received_at"])
    .execute();
}

async function requestChildren(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable("request_events")
    .addColumn("id", "integer", dialect.autoIncrementKey)
    .addColumn("request_id", "text", (c) => c.notNull().references("requests.id").onDelete("cascade"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  await db.schema.createIndex("request_events_request").on("request_events").columns(["request_id", "id"]).execute();

  await db.schema
    .createTable("verification_codes")
    .addColumn("request_id", "text", (c) => c.primaryKey().references("requests.id").onDelete("cascade"))
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("packages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("request_id", "text", (c) => c.notNull().references("requests.id").onDelete("cascade"))
    .addColumn("path", "text")
    .addColumn("content", dialect.binaryType)
    .addColumn("encrypted", "integer", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("download_token_hash", "text", (c) => c.notNull().unique())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("downloads_left", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    // A package is a file or a blob, never neither: a download link must lead somewhere.
    .addCheckConstraint("packages_has_content", sql`path is not null or content is not null`)
    .execute();
  await db.schema.createIndex("packages_request").on("packages").column("request_id").execute();
}

async function people(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("disabled_at", "text")
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("scopes", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .addColumn("last_used_at", "text")
    .execute();
}

async function records(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("html", "text")
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addColumn("error", "text")
    .execute();
  await db.schema.createIndex("outbox_created").on("outbox").column("created_at").execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("seq", "integer", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject_type", "text")
    .addColumn("subject_id", "text")
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("audit_log_subject").on("audit_log").columns(["subject_type", "subject_id"]).execute();

  await db.schema
    .createTable("settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
}

async function jobs(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("queue", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("run_after", "text", (c) => c.notNull())
    .addColumn("locked_by", "text")
    .addColumn("locked_until", "text")
    .addColumn("singleton_key", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  // The claim query: the next due job of one queue.
  await db.schema.createIndex("jobs_claim").on("jobs").columns(["queue", "state", "run_after"]).execute();
  // At most one unfinished job per singleton key and queue. Finished jobs are left out, so the same key
  // can be sent again once the earlier job is done (e.g. the next sweep of the same request).
  await db.schema
    .createIndex("jobs_singleton")
    .on("jobs")
    .columns(["queue", "singleton_key"])
    .unique()
    .where(sql<boolean>`singleton_key is not null and state in ('queued', 'active')`)
    .execute();
}

export function initial(dialect: StoreDialect): Migration {
  return {
    async up(db) {
      await requests(db);
      await requestChildren(db, dialect);
      await people(db);
      await records(db);
      await jobs(db);
    },
    async down(db) {
      for (const table of [
        "jobs",
        "settings",
        "audit_log",
        "outbox",
        "api_tokens",
        "sessions",
        "users",
        "packages",
        "verification_codes",
        "request_events",
        "requests",
      ])
        await db.schema.dropTable(table).execute();
    },
  };
}
