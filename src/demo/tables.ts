import type { DemoTable } from "./shape.js";

/**
 * The demo SaaS database as data: one definition that `schema.ts` turns into DDL for each dialect.
 * Kinds, not SQL types, because the types differ per dialect (see `column-types.ts`).
 */
export type ColumnKind =
  /** The integer primary key. */
  | "id"
  /** An integer foreign key to `references`. */
  | "ref"
  /** Text a person can be found by (e-mail, phone): indexed, compared byte for byte. */
  | "identity"
  /** A short text (a name, a code). */
  | "text"
  /** Free text of any length (a message body). */
  | "long_text"
  | "integer"
  | "timestamp";

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  nullable?: boolean;
  unique?: boolean;
  references?: DemoTable;
}

export interface TableSpec {
  name: DemoTable;
  columns: ColumnSpec[];
}

const id: ColumnSpec = { name: "id", kind: "id" };
const ref = (name: string, references: DemoTable, nullable = false): ColumnSpec => ({
  name,
  kind: "ref",
  references,
  nullable,
});
const col = (name: string, kind: ColumnKind, nullable = false): ColumnSpec => ({ name, kind, nullable });

/** In creation order: every table comes after the tables it references. */
export const DEMO_TABLES: readonly TableSpec[] = [
  {
    name: "organisations",
    columns: [
      id,
      col("name", "text"),
      col("kvk", "text"),
      col("created_at", "timestamp"),
      col("deleted_at", "timestamp", true),
    ],
  },
  {
    name: "accounts",
    columns: [
      id,
      ref("organisation_id", "organisations"),
      col("plan", "text"),
      col("billing_email", "identity"),
      col("billing_name", "text"),
      col("iban", "text", true),
      col("status", "text"),
      col("created_at", "timestamp"),
      col("ended_at", "timestamp", true),
    ],
  },
  {
    name: "users",
    columns: [
      id,
      ref("organisation_id", "organisations"),
      { name: "email", kind: "identity", unique: true },
      col("name", "text"),
      col("phone", "identity", true),
      col("password_hash", "text", true),
      col("locale", "text"),
      col("created_at", "timestamp"),
      col("restricted_at", "timestamp", true),
    ],
  },
  {
    name: "contacts",
    columns: [
      id,
      ref("organisation_id", "organisations"),
      ref("created_by_user_id", "users", true),
      col("name", "text"),
      col("email", "identity", true),
      col("phone", "text", true),
      col("notes", "long_text", true),
    ],
  },
  {
    name: "invoices",
    columns: [
      id,
      ref("account_id", "accounts"),
      { name: "number", kind: "text", unique: true },
      col("issued_at", "timestamp"),
      col("billing_name", "text"),
      col("billing_email", "identity"),
      col("billing_address", "text", true),
      col("amount_cents", "integer"),
    ],
  },
  {
    name: "invoice_lines",
    columns: [
      id,
      ref("invoice_id", "invoices"),
      col("description", "text"),
      col("amount_cents", "integer"),
      col("created_at", "timestamp"),
    ],
  },
  {
    name: "payments",
    columns: [
      id,
      ref("invoice_id", "invoices"),
      col("iban", "text", true),
      col("amount_cents", "integer"),
      col("paid_at", "timestamp"),
    ],
  },
  {
    name: "support_tickets",
    columns: [
      id,
      ref("user_id", "users"),
      col("subject", "text"),
      col("body", "long_text"),
      col("created_at", "timestamp"),
      col("closed_at", "timestamp", true),
    ],
  },
  {
    name: "messages",
    columns: [
      id,
      ref("ticket_id", "support_tickets"),
      ref("author_user_id", "users", true),
      col("body", "long_text"),
      col("sent_at", "timestamp"),
    ],
  },
  {
    name: "login_events",
    columns: [id, ref("user_id", "users"), col("ip", "text"), col("user_agent", "long_text"), col("at", "timestamp")],
  },
  {
    name: "uploads",
    columns: [
      id,
      ref("user_id", "users"),
      col("filename", "text"),
      col("content_type", "text"),
      col("size_bytes", "integer"),
      col("storage_key", "text"),
    ],
  },
  {
    name: "newsletter_subscriptions",
    columns: [
      id,
      col("email", "identity"),
      col("name", "text", true),
      ref("user_id", "users", true),
      col("confirmed_at", "timestamp", true),
      col("unsubscribed_at", "timestamp", true),
    ],
  },
];

export function tableSpec(name: DemoTable): TableSpec {
  const spec = DEMO_TABLES.find((table) => table.name === name);
  if (!spec) throw new Error(`no demo table ${name}`);
  return spec;
}
