import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { collectAccess } from "../../src/datasets/access.js";
import { closeConnections, openConnections } from "../../src/datasets/connections.js";
import { planErasure } from "../../src/datasets/erasure-plan.js";
import { buildGraph } from "../../src/datasets/graph.js";
import { accessPackageFiles } from "../../src/datasets/package/files.js";
import { walkRows } from "../../src/datasets/walk.js";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { memoryReader } from "../helpers/memory.js";

/**
 * A DATE column holds a day, not a moment: the same row must give the same day in the package and
 * the same end of a hold whatever time zone the process runs in. Zones east and west of UTC, and one
 * a whole day ahead, because a day shifts in whichever direction the zone lies.
 */
const ZONES = ["Europe/Amsterdam", "America/New_York", "Pacific/Kiritimati"];

const REGISTER = `
organization: { name: Datum B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: CALENDAR_DATABASE_URL }
  collections:
    people:
      connection: app
      table: cal_people
      fields:
        email: { category: contact.email, identity: email }
        born: { category: identity.date_of_birth }
    orders:
      connection: app
      table: cal_orders
      fields:
        note: { category: financial.invoice }
      references:
        - { field: person_id, to: people.id }
      holds:
        - { ground: legal_obligation, law: AWR art. 52(4), period: 7 years, since: placed_on }
`;

async function register(): Promise<Register> {
  const loaded = await loadRegister("/c/privacy.yaml", memoryReader({ "/c/privacy.yaml": REGISTER }), "/c");
  if (!loaded.register) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.register;
}

for (const dialect of dialectsUnderTest()) {
  describe(`calendar dates on ${dialect}`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let connector: Connector;
    const savedZone = process.env.TZ;

    beforeAll(async () => {
      if (!run) return;
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      await connector.db.schema
        .createTable("cal_people")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("email", "varchar(255)")
        .addColumn("born", "date")
        .execute();
      await connector.db.schema
        .createTable("cal_orders")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("person_id", "integer")
        .addColumn("note", "varchar(100)")
        .addColumn("placed_on", "date")
        .execute();
      await connector.db
        .insertInto("cal_people")
        .values({ id: 1, email: "dag@example.nl", born: "1990-03-31" })
        .execute();
      await connector.db
        .insertInto("cal_orders")
        .values({ id: 1, person_id: 1, note: "fiets", placed_on: "2024-01-01" })
        .execute();
      process.env.CALENDAR_DATABASE_URL = database.url;
    });
    afterAll(async () => {
      process.env.TZ = savedZone;
      if (savedZone === undefined) delete process.env.TZ;
      await connector?.close();
      await database?.drop();
    });

    for (const zone of ZONES) {
      it.runIf(run)(`reads the day as written in the package and the hold under TZ=${zone}`, async () => {
        process.env.TZ = zone;
        // Node applies a changed TZ at once: midnight on 1 January is no longer midnight UTC.
        expect(new Date(2024, 0, 1).getTimezoneOffset()).not.toBe(0);
        const reg = await register();
        const graph = buildGraph(reg);
        const connections = await openConnections(reg);
        try {
          const identities = [{ type: "email", value: "dag@example.nl" }];
          const result = await collectAccess(graph, connections, identities);
          const files = await accessPackageFiles(reg, result, { lang: "nl", readable: true });
          const text = (name: string) => String(files.find((f) => f.name === name)?.content);
          const data = JSON.parse(text("data.json"));
          expect(data.collections.people.rows[0].born).toBe("1990-03-31");
          expect(data.collections.orders.rows[0].placed_on).toBe("2024-01-01");
          expect(text("people.csv")).toContain("1990-03-31");
          expect(text("orders.csv")).toContain("2024-01-01");
          expect(text("index.html")).toContain("1990-03-31");
          expect(text("index.html")).not.toContain("1990-03-30");

          const found = await walkRows(graph, connections, identities);
          const plan = planErasure(graph, found, new Date("2026-06-01T12:00:00Z"));
          const orders = plan.find((step) => step.collection === "orders");
          expect(orders?.held).toEqual([{ key: "1", hold: expect.objectContaining({ until: "2031-01-01" }) }]);
        } finally {
          await closeConnections(connections);
        }
      });
    }

    it.runIf(run)("keeps the day when the database itself compares it", async () => {
      const { rows } = await sql<{ n: number | string }>`select count(*) as n from cal_people
        where born = ${connector.dialect.date("1990-03-31")}`.execute(connector.db);
      expect(Number(rows[0]?.n)).toBe(1);
    });
  });
}
