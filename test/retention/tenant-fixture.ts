import type { Kysely } from "kysely";
import type { Dialect } from "../../src/connectors/index.js";
import type { Register } from "../../src/register/schema/register.js";
import { at, retentionRegister } from "./fixture.js";

/**
 * A small multi-tenant application: organisations (the tenants), their projects and notes (a real
 * foreign key each, so the purge must go children first), invoices kept 7 years for the tax
 * authorities (restricted meanwhile), comments on projects that name no tenant column (the purge
 * follows their reference down), and mentions whose reference is walked to the parent only, so the
 * purge cannot cover them and says so.
 */
export const TENANT_REGISTER = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
retention:
  tenant_deletion:
    period: 14 days
    after: tenant_deleted
    undo_window: 14 days
    backup_purge: 3 months
    action: delete
  project_data: { period: 12 months, after: last_activity, action: delete }
  tax_records: { period: 1 year, after: collection, action: delete }
datasets:
  connections:
    app: { url_env: RETENTION_DATABASE_URL }
  collections:
    orgs:
      connection: app
      table: orgs
      fields:
        name: {}
      retention: { rule: tenant_deletion, since: deleted_at, tenant: id }
    projects:
      connection: app
      table: projects
      fields:
        title: { category: customer_content.records }
      references:
        - { field: org_id, to: orgs.id }
      retention: { rule: project_data, since: updated_at, tenant: org_id }
    notes:
      connection: app
      table: notes
      fields:
        body: { category: customer_content.records }
      references:
        - { field: project_id, to: projects.id }
      retention: { rule: tenant_deletion, since: created_at, tenant: org_id }
    invoices:
      connection: app
      table: tenant_invoices
      fields:
        billing_name: { category: identity.name }
        billing_email: { category: contact.email, identity: email }
      holds:
        - { ground: legal_obligation, law: AWR art. 52(4), period: 7 years, since: issued_at }
      restriction: { side_table: wb_restrictions }
      retention: { rule: tax_records, since: issued_at, tenant: org_id }
    comments:
      connection: app
      table: comments
      fields:
        body: { category: customer_content.records }
      references:
        - { field: project_id, to: projects.id }
    mentions:
      connection: app
      table: mentions
      fields:
        body: { category: customer_content.records }
      references:
        - { field: project_id, to: projects.id, direction: to_parent }
`;

export const tenantRegister = (): Promise<Register> => retentionRegister(TENANT_REGISTER);

const dateType = (dialect: Dialect) =>
  dialect === "mysql" ? "datetime(3)" : dialect === "postgres" ? "timestamptz" : "varchar(32)";

export const TENANT_TABLES = ["mentions", "comments", "notes", "projects", "tenant_invoices", "orgs"] as const;

// any: test tables.
export async function createTenantSchema(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const date = dateType(dialect) as "text";
  await db.schema
    .createTable("orgs")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("name", "varchar(200)")
    .addColumn("deleted_at", date)
    .execute();
  await db.schema
    .createTable("projects")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
    .addColumn("title", "varchar(200)")
    .addColumn("updated_at", date)
    .execute();
  await db.schema
    .createTable("notes")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("org_id", "integer", (c) => c.notNull())
    .addColumn("project_id", "integer", (c) => c.notNull().references("projects.id"))
    .addColumn("body", "varchar(200)")
    .addColumn("created_at", date)
    .execute();
  await db.schema
    .createTable("tenant_invoices")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("org_id", "integer", (c) => c.notNull())
    .addColumn("billing_name", "varchar(200)")
    .addColumn("billing_email", "varchar(200)")
    .addColumn("issued_at", date, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("comments")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("project_id", "integer")
    .addColumn("body", "varchar(200)")
    .execute();
  await db.schema
    .createTable("mentions")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("project_id", "integer", (c) => c.references("projects.id"))
    .addColumn("body", "varchar(200)")
    .execute();
}

/** Two tenants' rows: organisation 1 is the one deleted, organisation 2 must keep everything. */
// any: test tables.
export async function seedTenants(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const when = at(dialect, "2026-05-01T00:00:00Z");
  await db
    .insertInto("orgs")
    .values([
      { id: 1, name: "Org one", deleted_at: null },
      { id: 2, name: "Org two", deleted_at: null },
    ])
    .execute();
  await db
    .insertInto("projects")
    .values([
      { id: 1, org_id: 1, title: "p1", updated_at: when },
      { id: 2, org_id: 1, title: "p2", updated_at: when },
      { id: 3, org_id: 2, title: "p3", updated_at: when },
      { id: 4, org_id: 1, title: "p4", updated_at: when },
    ])
    .execute();
  await db
    .insertInto("notes")
    .values([
      { id: 1, org_id: 1, project_id: 1, body: "n1", created_at: when },
      { id: 2, org_id: 1, project_id: 2, body: "n2", created_at: when },
      { id: 3, org_id: 2, project_id: 3, body: "n3", created_at: when },
      { id: 4, org_id: 1, project_id: 4, body: "n4", created_at: when },
      { id: 5, org_id: 1, project_id: 4, body: "n5", created_at: when },
    ])
    .execute();
  await db
    .insertInto("tenant_invoices")
    .values([
      // Past the 7-year tax hold: the purge deletes it. The 2024 one is kept, restricted.
      {
        id: 1,
        org_id: 1,
        billing_name: "Org one",
        billing_email: "one@example.nl",
        issued_at: at(dialect, "2018-01-15T00:00:00Z"),
      },
      {
        id: 2,
        org_id: 1,
        billing_name: "Org one",
        billing_email: null,
        issued_at: at(dialect, "2024-02-01T00:00:00Z"),
      },
      {
        id: 3,
        org_id: 2,
        billing_name: "Org two",
        billing_email: "two@example.nl",
        issued_at: at(dialect, "2018-01-15T00:00:00Z"),
      },
    ])
    .execute();
  await db
    .insertInto("comments")
    .values([
      { id: 1, project_id: 3, body: "c1" },
      { id: 2, project_id: 1, body: "c2" },
    ])
    .execute();
  await db
    .insertInto("mentions")
    .values([{ id: 1, project_id: 3, body: "m1" }])
    .execute();
}

/** Every row of every table, in key order: equal snapshots mean nothing was touched. */
// any: test tables.
export async function snapshot(db: Kysely<any>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TENANT_TABLES) out[table] = await db.selectFrom(table).selectAll().orderBy("id").execute();
  return out;
}

// any: test tables.
export const ids = async (db: Kysely<any>, table: string) =>
  (await db.selectFrom(table).select("id").orderBy("id").execute()).map((r) => Number(r.id));
