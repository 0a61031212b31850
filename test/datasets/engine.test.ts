import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { buildGraph } from "../../src/datasets/graph.js";
import { executeErasure } from "../../src/datasets/erase.js";
import { planErasure } from "../../src/datasets/erasure-plan.js";
import { HASH_PREFIX } from "../../src/datasets/masking.js";
import { walkRows } from "../../src/datasets/walk.js";
import type { Register } from "../../src/register/schema/register.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { createFixtureSchema, FIXTURE_TABLES, fixtureRegister } from "./fixture.js";

const env = { WAARBORG_MASKING_KEY: "test-key-0123456789abcdef" };
const now = new Date("2026-11-22T12:00:00Z");
const alice = "alice'o@example.nl";
const bob = "bob@example.nl";

async function fill(db: Connector["db"]): Promise<void> {
  await db
    .insertInto("orgs")
    .values([{ id: 1, name: "Shared Org" }])
    .execute();
  await db
    .insertInto("users")
    .values([
      { id: 1, org_id: 1, email: alice, name: "Alice", phone: "+31600000001" },
      { id: 2, org_id: 1, email: bob, name: "Bob", phone: "+31600000002" },
      { id: 3, org_id: 1, email: "x@y.nl' OR '1'='1", name: "Mallory", phone: null },
    ])
    .execute();
  await db
    .insertInto("tickets")
    .values([
      { id: 1, user_id: 1, subject: "help", body: "my address is ..." },
      { id: 2, user_id: 2, subject: "bob's", body: "bob's body" },
    ])
    .execute();
  await db
    .insertInto("messages")
    .values([
      { id: 1, ticket_id: 1, body: "m1" },
      { id: 2, ticket_id: 1, body: "m2" },
      { id: 3, ticket_id: 2, body: "bob m" },
    ])
    .execute();
  await db
    .insertInto("logins")
    .values([
      { id: 1, user_id: 1, ip: "10.0.0.1" },
      { id: 2, user_id: 2, ip: "10.0.0.2" },
    ])
    .execute();
  await db
    .insertInto("invoices")
    .values([
      { id: 1, user_id: 1, billing_name: "Alice", issued_at: "2015-01-10" },
      { id: 2, user_id: 1, billing_name: "Alice", issued_at: "2025-06-01" },
      { id: 3, user_id: 2, billing_name: "Bob", issued_at: "2025-06-01" },
    ])
    .execute();
  await db
    .insertInto("newsletter")
    .values([
      { id: 1, email: alice, name: "Alice" },
      { id: 2, email: "ALICE'O@EXAMPLE.NL", name: "Not Alice: other case" },
      { id: 3, email: `${alice} `, name: "Not Alice: trailing space" },
    ])
    .execute();
}

async function snapshot(db: Connector["db"]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of FIXTURE_TABLES) {
    const rows = await db.selectFrom(table).selectAll().orderBy("id").execute();
    out[table] = rows.map((r) => JSON.parse(JSON.stringify(r, (_, v) => (typeof v === "bigint" ? String(v) : v))));
  }
  return out;
}

for (const dialect of dialectsUnderTest()) {
  describe(`request engine on ${dialect}`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let connector: Connector;
    let register: Register;
    beforeAll(async () => {
      if (!run) return;
      register = await fixtureRegister();
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      await createFixtureSchema(connector.db);
    });
    beforeEach(async () => {
      if (!run) return;
      for (const table of ["waarborg_restrictions", ...FIXTURE_TABLES]) {
        await connector.db
          .deleteFrom(table)
          .execute()
          .catch(() => undefined);
      }
      await fill(connector.db);
    });
    afterAll(async () => {
      await connector?.close();
      await database?.drop();
    });

    const connections = () => new Map([["app", connector]]);

    it.runIf(run)("finds exactly the person's rows, never a colleague's or a near-identical e-mail", async () => {
      const graph = buildGraph(register);
      const found = await walkRows(graph, connections(), [{ type: "email", value: alice }]);
      const keys = Object.fromEntries([...found.rows].map(([c, rows]) => [c, [...rows.keys()].sort()]));
      expect(keys).toEqual({
        users: ["1"],
        newsletter: ["1"],
        tickets: ["1"],
        messages: ["1", "2"],
        logins: ["1"],
        invoices: ["1", "2"],
      });
      // One query per collection per round, not one per row.
      expect(found.steps.filter((s) => s.collection === "messages")).toHaveLength(1);
    });

    it.runIf(run)("an injection attempt as identity finds only its own row", async () => {
      const graph = buildGraph(register);
      const found = await walkRows(graph, connections(), [{ type: "email", value: "x@y.nl' OR '1'='1" }]);
      expect([...(found.rows.get("users")?.keys() ?? [])]).toEqual(["3"]);
    });

    it.runIf(run)("an identity with a NUL character matches no one and does not fail the request", async () => {
      const graph = buildGraph(register);
      for (const value of [`${alice}\u0000`, "\u0000", `\u0000${alice}`]) {
        const found = await walkRows(graph, connections(), [
          { type: "email", value },
          { type: "email", value: "x@y.nl' OR '1'='1" },
        ]);
        // The other identity of the same request is still looked up.
        expect([...(found.rows.get("users")?.keys() ?? [])]).toEqual(["3"]);
      }
    });

    it.runIf(run)("erases set-based, keeps held invoices restricted, and a second run changes nothing", async () => {
      const graph = buildGraph(register);
      const erase = async () => {
        const found = await walkRows(graph, connections(), [{ type: "email", value: alice }]);
        const plan = planErasure(graph, found, now);
        return executeErasure(graph, connections(), plan, found, { now, env });
      };
      const before = await snapshot(connector.db);
      const report = await erase();
      const after = await snapshot(connector.db);

      const users = after.users as Record<string, unknown>[];
      expect(String(users[0]?.email)).toMatch(new RegExp(`^${HASH_PREFIX}[0-9a-f]{40}$`));
      expect(users[0]?.name).toBe("[removed]");
      expect(String(users[0]?.phone).startsWith(HASH_PREFIX)).toBe(true);
      expect(users.slice(1)).toEqual((before.users as unknown[]).slice(1));
      expect(after.logins).toHaveLength(1);
      expect((after.messages as Record<string, unknown>[]).map((m) => m.body)).toEqual([null, null, "bob m"]);
      const invoices = after.invoices as Record<string, unknown>[];
      expect(invoices.map((i) => i.billing_name)).toEqual([null, "Alice", "Bob"]);
      const restricted = await connector.db.selectFrom("waarborg_restrictions").selectAll().execute();
      expect(restricted.map((r) => [r.collection, String(r.row_key), r.ground])).toEqual([
        ["invoices", "2", "legal_obligation"],
      ]);
      expect((after.newsletter as unknown[]).length).toBe(2);

      const invoiceReport = report.collections.find((c) => c.collection === "invoices");
      expect(invoiceReport).toMatchObject({ found: 2, erased: 1, kept: 1 });
      expect(invoiceReport?.grounds[0]).toMatchObject({
        ground: "legal_obligation",
        law: "AWR art. 52(4)",
        until: "2032-06-01",
      });

      await erase();
      expect(await snapshot(connector.db)).toEqual(after);
      expect(await connector.db.selectFrom("waarborg_restrictions").selectAll().execute()).toHaveLength(1);
    });

    it.runIf(run)("a dry run reports the same plan and changes nothing", async () => {
      const graph = buildGraph(register);
      const before = await snapshot(connector.db);
      const found = await walkRows(graph, connections(), [{ type: "email", value: alice }]);
      const report = await executeErasure(graph, connections(), planErasure(graph, found, now), found, {
        now,
        env,
        dryRun: true,
      });
      expect(report.dryRun).toBe(true);
      expect(report.collections.map((c) => c.collection)).toEqual([
        "invoices",
        "logins",
        "messages",
        "newsletter",
        "tickets",
        "users",
      ]);
      expect(await snapshot(connector.db)).toEqual(before);
    });
  });
}
