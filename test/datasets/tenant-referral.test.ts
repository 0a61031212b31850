import { beforeEach, describe, expect, it } from "vitest";
import { BlastRadiusError, findPerson } from "../../src/datasets/blast-radius.js";
import { buildGraph } from "../../src/datasets/graph.js";
import { describePlan } from "../../src/datasets/plan.js";
import { leaveToTenants, referredTenants } from "../../src/datasets/tenant-referral.js";
import { scopeToTenant } from "../../src/datasets/tenant-scope.js";
import { walkRows } from "../../src/datasets/walk.js";
import { onEachDatabase, registerFrom } from "./live.js";

const jan = [{ type: "email", value: "jan@example.nl" }];

// The company's own accounts; members it processes for its customers (tenants); notes the company
// keeps on an account, each about one member.
const YAML = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: APP_URL }
  collections:
    accounts:
      connection: app
      table: accounts
      fields:
        email: { category: contact.email, identity: email }
    members:
      connection: app
      table: members
      tenant: tenant_id
      processed_for_tenant: true
      fields:
        email: { category: contact.email, identity: email }
    notes:
      connection: app
      table: notes
      fields:
        body: { category: customer_content.records }
      references:
        - { field: account_id, to: accounts.id }
        - { field: member_id, to: members.id }
`;

const company = async () => leaveToTenants(buildGraph(await registerFrom(YAML)));

describe("leaving a tenant's collections out of the company's own request", () => {
  it("leaves only the marked collections out, and nothing for a register that marks none", async () => {
    expect([...(await company()).referred!]).toEqual([["members", "tenant_id"]]);
    const unmarked = buildGraph(await registerFrom(YAML.replace("      processed_for_tenant: true\n", "")));
    expect(leaveToTenants(unmarked)).toBe(unmarked);
  });

  it("plans no step in a marked collection", async () => {
    const plan = describePlan(await company(), ["email"], "erasure");
    expect(plan.steps.map((s) => s.collection)).toEqual(["notes", "accounts"]);
    // Named as left to the tenants, not as a gap the walk misses.
    expect(plan.unreachable).toEqual([]);
    expect(plan.referred).toEqual(["members"]);
  });

  it("is not what a tenant's own request walks: that reaches its rows of the marked collection", async () => {
    const yaml = YAML.replace(/ {4}notes:[\s\S]*$/, "").replace(/ {4}accounts:[\s\S]*?(?= {4}members:)/, "");
    const graph = scopeToTenant(buildGraph(await registerFrom(yaml)), ["email"], "a");
    expect(graph.referred).toBeUndefined();
    expect(describePlan(graph, ["email"], "access").steps.map((s) => s.collection)).toEqual(["members"]);
  });
});

onEachDatabase(
  "the company's own request beside a tenant's collection",
  async (db) => {
    await db.schema
      .createTable("accounts")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("email", "varchar(255)")
      .execute();
    await db.schema
      .createTable("members")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("tenant_id", "varchar(20)")
      .addColumn("email", "varchar(255)")
      .execute();
    await db.schema
      .createTable("notes")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("account_id", "integer")
      .addColumn("member_id", "integer")
      .addColumn("body", "varchar(200)")
      .execute();
  },
  (live) => {
    beforeEach(async () => {
      if (!live.run) return;
      const db = live.connector().db;
      for (const t of ["notes", "members", "accounts"]) await db.deleteFrom(t).execute();
      await db.insertInto("accounts").values({ id: 1, email: "jan@example.nl" }).execute();
      await db
        .insertInto("members")
        .values([
          { id: 1, tenant_id: "a", email: "jan@example.nl" },
          { id: 2, tenant_id: "b", email: "kim@example.nl" },
          { id: 3, tenant_id: "b", email: "JAN@example.nl " },
        ])
        .execute();
      await db.insertInto("notes").values({ id: 1, account_id: 1, member_id: 1, body: "about Jan at A" }).execute();
    });

    it.runIf(live.run)(
      "walks no row of the marked collection, and names the tenants of the person's rows there",
      async () => {
        const graph = await company();
        const found = await walkRows(graph, live.connections(), jan);
        expect([...found.rows.keys()].sort()).toEqual(["accounts", "notes"]);
        expect(await referredTenants(graph, live.connections(), jan)).toEqual(["a", "b"]);
      },
    );

    it.runIf(live.run)(
      "still refuses a walk that reaches another person through a row of the marked collection",
      async () => {
        await live.connector().db.updateTable("notes").set({ member_id: 2 }).where("id", "=", 1).execute();
        await expect(findPerson(await company(), live.connections(), jan)).rejects.toThrow(BlastRadiusError);
      },
    );
  },
);
