import type { Kysely } from "kysely";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { memoryReader } from "../helpers/memory.js";

/**
 * A small SaaS schema for the engine's tests: organisations with users; tickets and messages, login
 * events and invoices that hang off users; newsletter subscriptions found by e-mail alone. Small on
 * purpose: the property tests fill it with random rows many times.
 */
// any: test tables.
export async function createFixtureSchema(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("orgs")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("name", "varchar(200)")
    .execute();
  await db.schema
    .createTable("users")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("org_id", "integer", (c) => c.references("orgs.id"))
    .addColumn("email", "varchar(255)", (c) => c.notNull())
    .addColumn("name", "varchar(200)")
    .addColumn("phone", "varchar(40)")
    .addColumn("restricted_at", "varchar(32)")
    .execute();
  await db.schema
    .createTable("tickets")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.references("users.id"))
    .addColumn("subject", "varchar(200)")
    .addColumn("body", "text")
    .execute();
  await db.schema
    .createTable("messages")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("ticket_id", "integer", (c) => c.references("tickets.id"))
    .addColumn("body", "text")
    .execute();
  await db.schema
    .createTable("logins")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.references("users.id"))
    .addColumn("ip", "varchar(64)")
    .execute();
  await db.schema
    .createTable("invoices")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.references("users.id"))
    .addColumn("billing_name", "varchar(200)")
    .addColumn("issued_at", "varchar(32)")
    .execute();
  await db.schema
    .createTable("newsletter")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("email", "varchar(255)")
    .addColumn("name", "varchar(200)")
    .execute();
}

export const FIXTURE_TABLES = ["messages", "tickets", "logins", "invoices", "newsletter", "users", "orgs"] as const;

export const FIXTURE_REGISTER = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: FIXTURE_DATABASE_URL }
  collections:
    orgs:
      connection: app
      table: orgs
    users:
      connection: app
      table: users
      fields:
        email: { category: contact.email, identity: email, masking: hash, hash_reason: "to refuse a second trial" }
        name: { category: identity.name, masking: fixed, fixed_value: "[removed]" }
        phone: { category: contact.phone, identity: phone, masking: random }
      references:
        - { field: org_id, to: orgs.id }
      restriction: { column: restricted_at }
    tickets:
      connection: app
      table: tickets
      fields:
        subject: { category: communication.support }
        body: { category: communication.support }
      references:
        - { field: user_id, to: users.id }
    messages:
      connection: app
      table: messages
      fields:
        body: { category: communication.message }
      references:
        - { field: ticket_id, to: tickets.id }
    logins:
      connection: app
      table: logins
      erasure: delete
      fields:
        ip: { category: online.ip_address }
      references:
        - { field: user_id, to: users.id }
    invoices:
      connection: app
      table: invoices
      fields:
        billing_name: { category: identity.name }
      references:
        - { field: user_id, to: users.id }
      holds:
        - { ground: legal_obligation, law: AWR art. 52(4), period: 7 years, since: issued_at }
      restriction: { side_table: waarborg_restrictions }
    newsletter:
      connection: app
      table: newsletter
      erasure: delete
      fields:
        # A mailing tool that tells addresses apart by case and spaces: compared byte for byte.
        email: { category: contact.email, identity: email, match: exact }
        name: { category: identity.name }
`;

export async function fixtureRegister(): Promise<Register> {
  const loaded = await loadRegister("/f/privacy.yaml", memoryReader({ "/f/privacy.yaml": FIXTURE_REGISTER }), "/f");
  if (!loaded.register) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.register;
}
