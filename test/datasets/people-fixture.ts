import type { Kysely } from "kysely";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { memoryReader } from "../helpers/memory.js";

/**
 * A schema shaped like the public music-store sample database: employees who manage each other,
 * customers each with an employee as support representative, invoices of customers and their lines.
 * Customers and employees both carry e-mail addresses: two kinds of person that reference each other.
 *
 * 8 employees: 1 general manager; 2 managers under them; 5 staff under the managers, of whom 3 are
 * support representatives with 8 customers each. Every customer has 2 invoices of 2 lines.
 */
// any: test tables.
export async function createPeopleSchema(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("employee")
    .addColumn("employee_id", "integer", (c) => c.primaryKey())
    .addColumn("last_name", "varchar(40)", (c) => c.notNull())
    .addColumn("first_name", "varchar(40)", (c) => c.notNull())
    .addColumn("email", "varchar(120)")
    .addColumn("phone", "varchar(40)")
    .addColumn("reports_to", "integer", (c) => c.references("employee.employee_id"))
    .addColumn("restricted_at", "varchar(32)")
    .execute();
  await db.schema
    .createTable("customer")
    .addColumn("customer_id", "integer", (c) => c.primaryKey())
    .addColumn("first_name", "varchar(40)", (c) => c.notNull())
    .addColumn("last_name", "varchar(40)", (c) => c.notNull())
    .addColumn("email", "varchar(120)", (c) => c.notNull())
    .addColumn("phone", "varchar(40)")
    .addColumn("support_rep_id", "integer", (c) => c.references("employee.employee_id"))
    .addColumn("restricted_at", "varchar(32)")
    .execute();
  await db.schema
    .createTable("invoice")
    .addColumn("invoice_id", "integer", (c) => c.primaryKey())
    .addColumn("customer_id", "integer", (c) => c.notNull().references("customer.customer_id"))
    .addColumn("invoice_date", "varchar(10)", (c) => c.notNull())
    .addColumn("billing_address", "varchar(70)")
    .addColumn("total", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("invoice_line")
    .addColumn("invoice_line_id", "integer", (c) => c.primaryKey())
    .addColumn("invoice_id", "integer", (c) => c.notNull().references("invoice.invoice_id"))
    .addColumn("track_id", "integer", (c) => c.notNull())
    .addColumn("unit_price", "integer", (c) => c.notNull())
    .addColumn("quantity", "integer", (c) => c.notNull())
    .execute();
}

export const PEOPLE_TABLES = ["invoice_line", "invoice", "customer", "employee"] as const;
export const REPS = [3, 4, 5] as const;
export const CUSTOMERS_PER_REP = 8;
export const employeeEmail = (id: number) => `staff${id}@music.example`;
export const customerEmail = (id: number) => `customer${id}@mail.example`;

// any: test tables.
export async function fillPeople(db: Kysely<any>): Promise<void> {
  const managerOf = (id: number) => (id === 1 ? null : id <= 3 ? 1 : id <= 5 ? 2 : 3);
  await db
    .insertInto("employee")
    .values(
      Array.from({ length: 8 }, (_, i) => ({
        employee_id: i + 1,
        last_name: `Staff${i + 1}`,
        first_name: "Emp",
        email: employeeEmail(i + 1),
        phone: `+3120555000${i + 1}`,
        reports_to: managerOf(i + 1),
      })),
    )
    .execute();
  const customers = REPS.flatMap((rep, r) =>
    Array.from({ length: CUSTOMERS_PER_REP }, (_, k) => {
      const id = r * CUSTOMERS_PER_REP + k + 1;
      return {
        customer_id: id,
        first_name: `Cust${id}`,
        last_name: "Omer",
        email: customerEmail(id),
        phone: k % 2 ? `+3161234${String(id).padStart(4, "0")}` : null,
        support_rep_id: rep,
      };
    }),
  );
  await db.insertInto("customer").values(customers).execute();
  const invoices = customers.flatMap((c) =>
    [0, 1].map((n) => ({
      invoice_id: (c.customer_id - 1) * 2 + n + 1,
      customer_id: c.customer_id,
      invoice_date: n === 0 ? "2015-02-01" : "2025-02-01",
      billing_address: `Street ${c.customer_id}`,
      total: 198,
    })),
  );
  await db.insertInto("invoice").values(invoices).execute();
  await db
    .insertInto("invoice_line")
    .values(
      invoices.flatMap((v) =>
        [0, 1].map((n) => ({
          invoice_line_id: (v.invoice_id - 1) * 2 + n + 1,
          invoice_id: v.invoice_id,
          track_id: n + 1,
          unit_price: 99,
          quantity: 1,
        })),
      ),
    )
    .execute();
}

/** The datasets a naive proposal made: every foreign key walked from the parent, the two between people too. */
export const PEOPLE_DATASETS = (urlEnv: string, direction = "from_parent") => `datasets:
  connections:
    music: { url_env: ${urlEnv} }
  collections:
    employee:
      connection: music
      table: employee
      primary_key: employee_id
      fields:
        last_name: { category: identity.name, masking: fixed, fixed_value: "-" }
        first_name: { category: identity.name, masking: fixed, fixed_value: "-" }
        email: { category: contact.email, identity: email, masking: "null" }
        phone: { category: contact.phone, identity: phone, masking: "null" }
      references:
        - { field: reports_to, to: employee.employee_id, direction: ${direction} }
      restriction: { column: restricted_at }
    customer:
      connection: music
      table: customer
      primary_key: customer_id
      fields:
        first_name: { category: identity.name, masking: fixed, fixed_value: "-" }
        last_name: { category: identity.name, masking: fixed, fixed_value: "-" }
        email: { category: contact.email, identity: email, masking: hash }
        phone: { category: contact.phone, identity: phone, masking: "null" }
      references:
        - { field: support_rep_id, to: employee.employee_id, direction: ${direction} }
      restriction: { column: restricted_at }
    invoice:
      connection: music
      table: invoice
      primary_key: invoice_id
      fields:
        billing_address: { category: contact.address, masking: "null" }
      references:
        - { field: customer_id, to: customer.customer_id }
      holds:
        - { ground: legal_obligation, law: AWR art. 52(4), period: 7 years, since: invoice_date }
      restriction: { side_table: waarborg_restrictions }
    invoice_line:
      connection: music
      table: invoice_line
      primary_key: invoice_line_id
      references:
        - { field: invoice_id, to: invoice.invoice_id }
`;

export const PEOPLE_HEADER = `organization: { name: Muziek B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
`;

export async function peopleRegister(urlEnv: string, direction = "from_parent"): Promise<Register> {
  const yaml = PEOPLE_HEADER + PEOPLE_DATASETS(urlEnv, direction);
  const loaded = await loadRegister("/p/privacy.yaml", memoryReader({ "/p/privacy.yaml": yaml }), "/p");
  if (!loaded.register) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.register;
}
