import { beforeEach, describe, expect, it } from "vitest";
import { runRules } from "../../src/check/check.js";
import { datasetHoldFollowsInvalid } from "../../src/check/rules/datasets.js";
import { executeErasure } from "../../src/datasets/erase.js";
import { planErasureOnDatabase } from "../../src/datasets/erasure-plan.js";
import { buildGraph } from "../../src/datasets/graph.js";
import { describePlan } from "../../src/datasets/plan.js";
import { walkRows } from "../../src/datasets/walk.js";
import { loadRegister } from "../../src/register/load.js";
import { memoryReader } from "../helpers/memory.js";
import { onEachDatabase, registerFrom } from "./live.js";

const now = new Date("2026-11-22T12:00:00Z");

const YAML = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: APP_URL }
  collections:
    customers:
      connection: app
      table: customers
      fields:
        email: { category: contact.email, identity: email }
    invoices:
      connection: app
      table: invoices
      fields:
        billing_name: { category: identity.name }
      references:
        - { field: customer_id, to: customers.id }
      holds:
        - { ground: legal_obligation, law: AWR art. 52(4), period: 7 years, since: issued_at }
      restriction: { side_table: wb_follows_restrictions }
    invoice_lines:
      connection: app
      table: invoice_lines
      fields:
        description: { category: financial.invoice }
      references:
        - { field: invoice_id, to: invoices.id }
      holds:
        - { ground: legal_obligation, follows: invoice_id }
      restriction: { side_table: wb_follows_restrictions }
`;

onEachDatabase(
  "a hold that follows its parent row",
  async (db) => {
    await db.schema
      .createTable("customers")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("email", "varchar(255)")
      .execute();
    await db.schema
      .createTable("invoices")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("customer_id", "integer")
      .addColumn("billing_name", "varchar(200)")
      .addColumn("issued_at", "varchar(32)")
      .execute();
    await db.schema
      .createTable("invoice_lines")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("invoice_id", "integer")
      .addColumn("description", "varchar(200)")
      .execute();
  },
  (live) => {
    beforeEach(async () => {
      if (!live.run) return;
      const db = live.connector().db;
      for (const t of ["invoice_lines", "invoices", "customers"]) await db.deleteFrom(t).execute();
      await db.insertInto("customers").values({ id: 1, email: "hanna@example.nl" }).execute();
      await db
        .insertInto("invoices")
        .values([
          { id: 1, customer_id: 1, billing_name: "Hanna", issued_at: "2015-01-10" },
          { id: 2, customer_id: 1, billing_name: "Hanna", issued_at: "2025-06-01" },
        ])
        .execute();
      await db
        .insertInto("invoice_lines")
        .values([
          { id: 1, invoice_id: 1, description: "old consult" },
          { id: 2, invoice_id: 2, description: "consult" },
          { id: 3, invoice_id: 2, description: "travel" },
        ])
        .execute();
    });

    it.runIf(live.run)(
      "keeps an invoice's lines as long as the invoice, and erases those of an expired one",
      async () => {
        const graph = buildGraph(await registerFrom(YAML));
        const found = await walkRows(graph, live.connections(), [{ type: "email", value: "hanna@example.nl" }]);
        const plan = await planErasureOnDatabase(graph, live.connections(), found, now);
        const lines = plan.find((p) => p.collection === "invoice_lines")!;
        expect(lines.erase).toEqual(["1"]);
        expect(lines.held.map((h) => [h.key, h.hold.until, h.hold.period])).toEqual([
          ["2", "2032-06-01", "7 years"],
          ["3", "2032-06-01", "7 years"],
        ]);
        await executeErasure(graph, live.connections(), plan, found, { now });
        const after = await live
          .connector()
          .db.selectFrom("invoice_lines")
          .select(["id", "description"])
          .orderBy("id")
          .execute();
        expect(after.map((r) => r.description)).toEqual([null, "consult", "travel"]);
        const restricted = await live
          .connector()
          .db.selectFrom("wb_follows_restrictions")
          .select(["collection", "row_key"])
          .execute();
        expect(restricted.map((r) => `${r.collection}:${r.row_key}`).sort()).toEqual([
          "invoice_lines:2",
          "invoice_lines:3",
          "invoices:2",
        ]);
      },
    );
  },
);

describe("holds that follow", () => {
  const load = (yaml: string) => loadRegister("/r/p.yaml", memoryReader({ "/r/p.yaml": yaml }), "/r");

  it("plan says how long a following hold lasts", async () => {
    const plan = describePlan(buildGraph(await registerFrom(YAML)), ["email"], "erasure");
    expect(plan.steps.find((s) => s.collection === "invoice_lines")?.effects).toContain(
      "kept under legal_obligation as long as the row invoice_id points at is kept, restricted",
    );
  });

  it("check refuses a follows that names no reference, and the schema a follows with a period", async () => {
    const wrong = await load(YAML.replace("follows: invoice_id", "follows: invoice"));
    expect((await runRules(wrong, [datasetHoldFollowsInvalid])).map((d) => d.message)).toEqual([
      'The hold on "invoice_lines" follows "invoice", which is not one of its references: no row to follow.',
    ]);
    const both = await load(YAML.replace("follows: invoice_id", "follows: invoice_id, period: 7 years"));
    expect(both.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringContaining("a hold that follows another row takes that row's period"),
    );
  });
});
