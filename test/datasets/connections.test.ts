import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector, Dialect } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { buildGraph, erasureOrder } from "../../src/datasets/graph.js";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { executeErasure } from "../../src/datasets/erase.js";
import { planErasure } from "../../src/datasets/erasure-plan.js";
import { HASH_PREFIX } from "../../src/datasets/masking.js";
import { walkRows } from "../../src/datasets/walk.js";
import { available, createTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { memoryReader } from "../helpers/memory.js";

const env = { WAARBORG_MASKING_KEY: "test-key-0123456789abcdef" };
const now = new Date("2026-11-22T12:00:00Z");
const PERSON = "saskia@example.nl";

/**
 * The application's users on PostgreSQL, its invoices in a billing database of another kind, both
 * found by the same e-mail address. The users' row is to be erased after the invoices: when the
 * application's transaction fails, billing has already committed, and a second run finds the person
 * again by the address still on the users' row.
 */
const REGISTER = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: APP_URL }
    billing: { url_env: BILLING_URL }
  collections:
    users:
      connection: app
      table: users
      fields:
        email: { category: contact.email, identity: email, masking: hash }
        name: { category: identity.name, masking: fixed, fixed_value: "[removed]" }
      after: [invoices]
    invoices:
      connection: billing
      table: invoices
      fields:
        email: { category: contact.email, identity: email, masking: hash }
        billing_name: { category: identity.name, masking: "null" }
`;

async function fill(connector: Connector, table: "users" | "invoices") {
  const db = connector.db;
  await db.schema.dropTable(table).ifExists().execute();
  const nameColumn = table === "users" ? "name" : "billing_name";
  await db.schema
    .createTable(table)
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("email", "varchar(255)")
    .addColumn(nameColumn, "varchar(200)")
    .execute();
  await db
    .insertInto(table)
    .values([
      { id: 1, email: PERSON, [nameColumn]: "Saskia" },
      { id: 2, email: "other@example.nl", [nameColumn]: "Other" },
    ])
    .execute();
}

for (const billing of ["sqlite", "mysql"] as const satisfies readonly Dialect[]) {
  const run = (await available("postgres")) && (await available(billing));
  describe.runIf(run)(`a request across PostgreSQL and ${billing}`, () => {
    let register: Register;
    let databases: TestDatabase[] = [];
    let app: Connector;
    let bill: Connector;
    const connections = () =>
      new Map([
        ["app", app],
        ["billing", bill],
      ]);

    beforeAll(async () => {
      const loaded = await loadRegister("/r/privacy.yaml", memoryReader({ "/r/privacy.yaml": REGISTER }), "/r");
      if (!loaded.register) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
      register = loaded.register;
      databases = [await createTestDatabase("postgres"), await createTestDatabase(billing)];
      app = await openConnector(databases[0]!.url);
      bill = await openConnector(databases[1]!.url);
      await fill(app, "users");
      await fill(bill, "invoices");
    });
    afterAll(async () => {
      await app?.close();
      await bill?.close();
      for (const d of databases) await d.drop();
    });

    it("finds the person in both databases, and only them", async () => {
      const found = await walkRows(buildGraph(register), connections(), [{ type: "email", value: PERSON }]);
      expect([...found.rows.get("users")!.keys()]).toEqual(["1"]);
      expect([...found.rows.get("invoices")!.keys()]).toEqual(["1"]);
    });

    it("commits billing first; when the application fails, a second run finishes the erasure", async () => {
      const graph = buildGraph(register);
      expect(graph.problems).toEqual([]);
      expect(erasureOrder(graph, ["users", "invoices"])).toEqual(["invoices", "users"]);
      const erase = async () => {
        const found = await walkRows(graph, connections(), [{ type: "email", value: PERSON }]);
        return executeErasure(graph, connections(), planErasure(graph, found, now), found, { now, env });
      };
      // The application refuses the masked name for now, as a failing database would.
      await sql`alter table users add constraint not_yet check (name <> '[removed]')`.execute(app.db);
      await expect(erase()).rejects.toThrow();
      const invoices = await bill.db.selectFrom("invoices").selectAll().orderBy("id").execute();
      expect(String(invoices[0]!.email).startsWith(HASH_PREFIX)).toBe(true);
      expect(invoices[0]!.billing_name).toBeNull();
      expect(invoices[1]).toMatchObject({ email: "other@example.nl", billing_name: "Other" });
      // The application's transaction rolled back whole: the address is still there to start from.
      expect(await app.db.selectFrom("users").select(["email", "name"]).where("id", "=", 1).execute()).toEqual([
        { email: PERSON, name: "Saskia" },
      ]);

      await sql`alter table users drop constraint not_yet`.execute(app.db);
      const report = await erase();
      // Billing was done the first time: its address is masked, so the walk finds nothing there now.
      expect(report.collections.map((c) => [c.collection, c.erased])).toEqual([
        ["invoices", 0],
        ["users", 1],
      ]);
      const users = await app.db.selectFrom("users").selectAll().orderBy("id").execute();
      expect(String(users[0]!.email).startsWith(HASH_PREFIX)).toBe(true);
      expect(users[0]!.name).toBe("[removed]");
      expect(users[1]).toMatchObject({ email: "other@example.nl", name: "Other" });
      // Nothing of the person is left to find.
      const again = await walkRows(graph, connections(), [{ type: "email", value: PERSON }]);
      expect([...again.rows.values()].every((rows) => rows.size === 0)).toBe(true);
    });
  });
}
