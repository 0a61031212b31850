import { type Kysely, type Migration, sql } from "kysely";
import { autoIncrementKey, type StoreDialect } from "../dialect.js";

/*
 * Consent records: the proof of each decision a person made in the banner (or through a request),
 * append-only. Column meanings are on the types in ../schema.ts. Records are written in batches (one
 * per group commit, with the root hash of its records); batches are sealed into segments, and each
 * segment's root goes into the audit log, so the audit chain's single head is touched once per
 * segment instead of once per record.
 */

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable("consent_configs")
    .addColumn("hash", "text", (c) => c.primaryKey())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("config", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("consent_segments")
    .addColumn("id", "integer", autoIncrementKey(dialect))
    .addColumn("sealed_at", "text", (c) => c.notNull())
    .addColumn("batches", "integer", (c) => c.notNull())
    .addColumn("records", "integer", (c) => c.notNull())
    .addColumn("root", "text", (c) => c.notNull())
    .addColumn("audit_seq", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("consent_batches")
    .addColumn("id", "integer", autoIncrementKey(dialect))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("records", "integer", (c) => c.notNull())
    .addColumn("root", "text", (c) => c.notNull())
    .addColumn("segment", "integer", (c) => c.references("consent_segments.id"))
    .execute();
  // The sealer's question: which batches are not sealed yet.
  await db.schema
    .createIndex("consent_batches_unsealed")
    .on("consent_batches")
    .column("id")
    .where(sql.ref("segment"), "is", null)
    .execute();
  await db.schema.createIndex("consent_batches_segment").on("consent_batches").column("segment").execute();

  await db.schema
    .createTable("consent_records")
    .addColumn("seq", "integer", autoIncrementKey(dialect))
    .addColumn("consent_id", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("config_hash", "text", (c) => c.notNull())
    .addColumn("choices", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("gpc", "integer", (c) => c.notNull())
    .addColumn("parental", "text")
    .addColumn("via", "text", (c) => c.notNull())
    .addColumn("batch", "integer", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  // No foreign keys: each would cost a lookup per record at thousands of records a second. The writer
  // inserts a batch and its records in one statement, the service checks the configuration before it
  // takes a decision, and `waarborg consent verify` finds a record outside any batch.
  // A person's history and current state, by consent id in the order recorded.
  await db.schema.createIndex("consent_records_id").on("consent_records").columns(["consent_id", "seq"]).execute();
  await db.schema.createIndex("consent_records_batch").on("consent_records").column("batch").execute();

  await db.schema
    .createTable("consent_daily")
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("granted", "integer", (c) => c.notNull())
    .addColumn("refused", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("consent_daily_pkey", ["day", "purpose"])
    .execute();

  await appendOnly(db, dialect);
}

/**
 * Withdrawals never overwrite: the database itself refuses to change or remove a record, so neither
 * a bug nor a hand-typed statement can rewrite what a person chose.
 */
async function appendOnly(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  if (dialect === "sqlite") {
    for (const event of ["update", "delete"])
      await sql
        .raw(
          `create trigger consent_records_no_${event} before ${event} on consent_records
           begin select raise(abort, 'consent records are append-only'); end`,
        )
        .execute(db);
    return;
  }
  await sql`create function consent_records_append_only() returns trigger language plpgsql as $$
    begin raise exception 'consent records are append-only'; end $$`.execute(db);
  await sql`create trigger consent_records_append_only before update or delete on consent_records
    for each statement execute function consent_records_append_only()`.execute(db);
}

async function down(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  for (const table of ["consent_daily", "consent_records", "consent_batches", "consent_segments", "consent_configs"])
    await db.schema.dropTable(table).execute();
  if (dialect === "postgres") await sql`drop function consent_records_append_only()`.execute(db);
}

export function consentRecords(dialect: StoreDialect): Migration {
  return { up: (db) => up(db, dialect), down: (db) => down(db, dialect) };
}
