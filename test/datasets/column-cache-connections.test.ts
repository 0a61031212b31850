import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { clearColumnCache } from "../../src/datasets/column-cache.js";
import { planErasureOnDatabase } from "../../src/datasets/erasure-plan.js";
import { buildGraph } from "../../src/datasets/graph.js";
import { walkRows } from "../../src/datasets/walk.js";
import { createTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { registerFrom } from "./live.js";

const now = new Date("2026-11-22T12:00:00Z");

/** Two databases; the shop's orders are erased first, the accounts after them. */
const YAML = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    accounts: { url_env: ACCOUNTS_URL }
    shop: { url_env: SHOP_URL }
  collections:
    members:
      connection: accounts
      table: members
      fields:
        email: { category: contact.email, identity: email }
        nickname: { category: identity.name }
      after: [orders]
    orders:
      connection: shop
      table: orders
      fields:
        email: { category: contact.email, identity: email }
        nickname: { category: identity.name }
`;

const databases: TestDatabase[] = [];
const connectors = new Map<string, Connector>();

async function table(connector: Connector, name: string, notNull: boolean) {
  await sql`drop table if exists ${sql.table(name)}`.execute(connector.db);
  await connector.db.schema
    .createTable(name)
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("email", "varchar(255)", (c) => c.notNull())
    .addColumn("nickname", "varchar(100)", (c) => (notNull ? c.notNull() : c))
    .execute();
  await connector.db.insertInto(name).values({ id: 1, email: "ida@example.nl", nickname: "Ida" }).execute();
}

beforeAll(async () => {
  for (const [connection, name] of [
    ["accounts", "members"],
    ["shop", "orders"],
  ] as const) {
    const database = await createTestDatabase("sqlite");
    databases.push(database);
    const connector = await openConnector(database.url);
    connectors.set(connection, connector);
    await table(connector, name, false);
  }
});
afterAll(async () => {
  for (const connector of connectors.values()) await connector.close();
  for (const database of databases) await database.drop();
  clearColumnCache();
});

it("plans from remembered columns only on the connection that writes first", async () => {
  const graph = buildGraph(await registerFrom(YAML));
  const strategies = async () => {
    const found = await walkRows(graph, connectors, [{ type: "email", value: "ida@example.nl" }]);
    const plan = await planErasureOnDatabase(graph, connectors, found, now);
    return Object.fromEntries(
      plan.map((step) => [step.collection, step.fields.find((f) => f.name === "nickname")?.strategy]),
    );
  };
  clearColumnCache();
  expect(await strategies()).toEqual({ orders: "null", members: "null" });
  await table(connectors.get("shop")!, "orders", true);
  await table(connectors.get("accounts")!, "members", true);
  // The shop writes first: a refusal there leaves nothing written, so its remembered columns may be used.
  // The accounts write after the shop committed, so their columns are read as they are.
  expect(await strategies()).toEqual({ orders: "null", members: "fixed" });
  clearColumnCache();
  expect(await strategies()).toEqual({ orders: "fixed", members: "fixed" });
});
