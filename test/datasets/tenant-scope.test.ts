import { beforeEach, describe, expect, it } from "vitest";
import { collectAccess } from "../../src/datasets/access.js";
import { executeErasure } from "../../src/datasets/erase.js";
import { planErasureOnDatabase } from "../../src/datasets/erasure-plan.js";
import { buildGraph, reachLevels } from "../../src/datasets/graph.js";
import { describePlan } from "../../src/datasets/plan.js";
import { withSession } from "../../src/datasets/session.js";
import { scopeToTenant, TenantScopeError } from "../../src/datasets/tenant-scope.js";
import { walkRows } from "../../src/datasets/walk.js";
import { onEachDatabase, registerFrom } from "./live.js";

const now = new Date("2026-12-01T12:00:00Z");
const person = [{ type: "email", value: "sam@example.nl" }];

// Two customers of the company (tenants a and b), each with an end user of the same e-mail address.
// Orders carry no tenant column: they are the tenant's by their reference to its users. Products are
// shared: an order's product is reached by climbing up from the order, which ties it to no tenant.
const YAML = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: APP_URL }
  collections:
    users:
      connection: app
      table: users
      tenant: tenant_id
      fields:
        email: { category: contact.email, identity: email }
        name: { category: identity.name }
    orders:
      connection: app
      table: orders
      erasure: delete
      fields:
        note: { category: contact.address }
      references:
        - { field: user_id, to: users.id }
`;

const UNSCOPED = `${YAML}
    products:
      connection: app
      table: products
      fields:
        title: { category: contact.address }
`.replace(
  "        - { field: user_id, to: users.id }\n",
  "        - { field: user_id, to: users.id }\n        - { field: product_id, to: products.id, direction: both }\n",
);

const tenantA = async () => scopeToTenant(buildGraph(await registerFrom(YAML)), ["email"], "a");

onEachDatabase(
  "a tenant's request",
  async (db) => {
    await db.schema
      .createTable("users")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("tenant_id", "varchar(20)", (c) => c.notNull())
      .addColumn("email", "varchar(255)")
      .addColumn("name", "varchar(200)")
      .execute();
    await db.schema
      .createTable("orders")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("user_id", "integer")
      .addColumn("note", "varchar(200)")
      .execute();
  },
  (live) => {
    const everything = async () => ({
      users: await live.connector().db.selectFrom("users").selectAll().orderBy("id").execute(),
      orders: await live.connector().db.selectFrom("orders").selectAll().orderBy("id").execute(),
    });
    beforeEach(async () => {
      if (!live.run) return;
      const db = live.connector().db;
      for (const t of ["orders", "users"]) await db.deleteFrom(t).execute();
      await db
        .insertInto("users")
        .values([
          { id: 1, tenant_id: "a", email: "sam@example.nl", name: "Sam at A" },
          { id: 2, tenant_id: "b", email: "Sam@Example.nl", name: "Sam at B" },
          { id: 3, tenant_id: "a", email: "kim@example.nl", name: "Kim at A" },
        ])
        .execute();
      await db
        .insertInto("orders")
        .values([
          { id: 10, user_id: 1, note: "A's order" },
          { id: 20, user_id: 2, note: "B's order" },
          { id: 30, user_id: 3, note: "Kim's order" },
        ])
        .execute();
    });

    it.runIf(live.run)("returns only the tenant's rows to its access request", async () => {
      const access = await collectAccess(await tenantA(), live.connections(), person);
      const rows = Object.fromEntries(access.sections.map((s) => [s.collection, s.rows.map((r) => r.id)]));
      expect(rows).toEqual({ orders: [10], users: [1] });
      // Without a tenant the same person is found in both tenants: the scope is what keeps them apart.
      const whole = await collectAccess(buildGraph(await registerFrom(YAML)), live.connections(), person);
      expect(whole.sections.find((s) => s.collection === "users")!.rows.map((r) => r.id)).toEqual([1, 2]);
    });

    it.runIf(live.run)("erases the tenant's rows and leaves the other tenant's exactly as they were", async () => {
      const before = await everything();
      const graph = await tenantA();
      const found = await walkRows(graph, live.connections(), person);
      const plan = await planErasureOnDatabase(graph, live.connections(), found, now);
      await executeErasure(graph, live.connections(), plan, found, { now });
      const after = await everything();
      expect(after.orders.map((r) => r.id)).toEqual([20, 30]);
      expect(after.users.find((r) => r.id === 1)).toMatchObject({ email: null, name: null });
      expect(after.users.filter((r) => r.id !== 1)).toEqual(before.users.filter((r) => r.id !== 1));
      expect(after.orders).toEqual(before.orders.filter((r) => r.id !== 10));
    });

    it.runIf(live.run)("finds nothing for a tenant the person is not a user of", async () => {
      const graph = scopeToTenant(buildGraph(await registerFrom(YAML)), ["email"], "c");
      const found = await walkRows(graph, live.connections(), person);
      expect([...found.rows.values()].every((rows) => rows.size === 0)).toBe(true);
    });
  },
);

describe("scoping a request to a tenant", () => {
  it("refuses a walk that reaches a collection nothing ties to a tenant, naming it", async () => {
    const graph = buildGraph(await registerFrom(UNSCOPED));
    expect(() => scopeToTenant(graph, ["email"], "a")).toThrow(TenantScopeError);
    expect(() => scopeToTenant(graph, ["email"], "a")).toThrow(/would reach products, which name no tenant column/);
  });

  it("refuses a walk that starts at a collection without a tenant column", async () => {
    const graph = buildGraph(await registerFrom(YAML.replace("      tenant: tenant_id\n", "")));
    expect(() => scopeToTenant(graph, ["email"], "a")).toThrow(/starts at users, which name no tenant column/);
  });

  it("takes the older retention.tenant as the same column", async () => {
    const yaml = YAML.replace(
      "      tenant: tenant_id\n",
      "      retention: { rule: r, since: created_at, tenant: tenant_id }\n",
    );
    const graph = scopeToTenant(buildGraph(await registerFrom(yaml)), ["email"], "a");
    expect([...graph.tenant!.columns]).toEqual([["users", "tenant_id"]]);
  });

  it("leaves the company's own collections out where the register marks what it processes for tenants", async () => {
    // Staff are the company's own people, found by the same address, with no tenant column: unmarked,
    // a tenant's request would be refused at them; once users are marked, they are simply not its own.
    const yaml = `${UNSCOPED}
    staff:
      connection: app
      table: staff
      fields:
        email: { category: contact.email, identity: email }
`;
    const unmarked = buildGraph(await registerFrom(yaml));
    expect(() => scopeToTenant(unmarked, ["email"], "a")).toThrow(/starts at staff/);
    const marked = yaml.replace(
      "      tenant: tenant_id\n",
      "      tenant: tenant_id\n      processed_for_tenant: true\n",
    );
    const graph = scopeToTenant(buildGraph(await registerFrom(marked)), ["email"], "a");
    // Orders are the tenant's, down from its users; the shared products and the staff are the company's.
    expect([...graph.companyOwn!].sort()).toEqual(["products", "staff"]);
    expect([...reachLevels(graph, ["users", "staff"]).keys()].sort()).toEqual(["orders", "users"]);
    const plan = describePlan(graph, ["email"], "access");
    expect(plan.steps.map((s) => s.collection).sort()).toEqual(["orders", "users"]);
    expect(plan.companyOwn).toEqual(["products", "staff"]);
    expect(plan.referred).toEqual([]);
  });

  it("refuses before a connection opens", async () => {
    const register = await registerFrom(UNSCOPED);
    // No APP_URL in this environment: a refusal that came after opening would say so instead.
    await expect(withSession(register, ["email=sam@example.nl"], async () => 1, {}, "a")).rejects.toThrow(
      TenantScopeError,
    );
  });
});
