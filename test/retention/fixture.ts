import type { Kysely } from "kysely";
import { databaseDialect, type Dialect } from "../../src/connectors/index.js";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { memoryReader } from "../helpers/memory.js";

/**
 * A small application schema for retention: accounts anonymised 12 months after their contract ends,
 * login events deleted after 90 days, invoices due after a year but kept 7 years for the tax
 * authorities (restricted meanwhile), tickets deleted 30 days after closing with a tenant column.
 */
export const RETENTION_REGISTER = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
retention:
  contract_data: { period: 12 months, after: contract_end, action: anonymize }
  login_events: { period: 90 days, after: collection, action: delete }
  tax_records:
    period: 1 year
    after: collection
    action: delete
  closed_tickets: { period: 30 days, after: request_handled, action: delete }
datasets:
  connections:
    app: { url_env: RETENTION_DATABASE_URL }
  collections:
    accounts:
      connection: app
      table: accounts
      fields:
        email: { category: contact.email, identity: email, masking: hash }
        name: { category: identity.name, masking: fixed, fixed_value: "[removed]" }
      retention: { rule: contract_data, since: ended_at }
    logins:
      connection: app
      table: logins
      fields:
        ip: { category: online.ip_address }
      references:
        - { field: account_id, to: accounts.id }
      retention: { rule: login_events, since: at }
    invoices:
      connection: app
      table: invoices
      fields:
        billing_name: { category: identity.name }
      holds:
        - { ground: legal_obligation, law: AWR art. 52(4), period: 7 years, since: issued_at }
      restriction: { side_table: wb_restrictions }
      retention: { rule: tax_records, since: issued_at }
    tickets:
      connection: app
      table: tickets
      fields:
        subject: { category: communication.support }
      retention: { rule: closed_tickets, since: closed_at, tenant: org_id }
`;

export async function retentionRegister(text = RETENTION_REGISTER): Promise<Register> {
  const loaded = await loadRegister("/r/privacy.yaml", memoryReader({ "/r/privacy.yaml": text }), "/r");
  if (!loaded.register) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.register;
}

// A date column as each dialect's applications declare one: MariaDB's TIMESTAMP ends in 2038.
const dateType = (dialect: Dialect) =>
  dialect === "mysql" ? "datetime(3)" : dialect === "postgres" ? "timestamptz" : "varchar(32)";

// any: test tables.
export async function createRetentionSchema(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const date = dateType(dialect);
  await db.schema
    .createTable("accounts")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("email", "varchar(255)")
    .addColumn("name", "varchar(200)")
    .addColumn("ended_at", date as "text")
    .execute();
  await db.schema
    .createTable("logins")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("account_id", "integer")
    .addColumn("ip", "varchar(64)")
    .addColumn("at", date as "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("invoices")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("billing_name", "varchar(200)")
    .addColumn("issued_at", date as "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("tickets")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("org_id", "integer")
    .addColumn("subject", "varchar(200)")
    .addColumn("closed_at", date as "text")
    .execute();
}

export const at = (dialect: Dialect, iso: string) => databaseDialect(dialect).timestamp(new Date(iso).getTime());
