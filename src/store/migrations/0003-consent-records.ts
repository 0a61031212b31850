import { type Kysely, type Migration, sql } from "kysely";
import type { StoreDialect } from "../dialect.js";

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
    .addColumn("id", "integer", dialect.autoIncrementKey)
    .addColumn("sealed_at", "text", (c) => c.notNull())
    .addColumn("batches", "integer", (c) => c.notNull())
    .addColumn("records", "integer", (c) => c.notNull())
    .addColumn("root", "text", (c) => c.notNull())
    .addColumn("audit_seq", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("consent_batches")
    .addColumn("id", "integer", dialect.autoIncrementKey)
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
    .addColumn("seq", "integer", dialect.autoIncrementKey)
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

  // Withdrawals never overwrite: the database itself refuses to change or remove a record, so neither
  // a bug nor a hand-typed statement can rewrite what a person chose.
  await dialect.appendOnly(db, "consent_records", "consent records are append-only");
}

async function down(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  for (const table of ["consent_daily", "consent_records", "consent_batches", "consent_segments", "consent_configs"])
    await db.schema.dropTable(table).execute();
  await dialect.dropAppendOnly(db, "consent_records");
}

export function consentRecords(dialect: StoreDialect): Migration {
  return { up: (db) => up(db, dialect), down: (db) => down(db, dialect) };
}
