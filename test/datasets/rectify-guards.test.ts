import { beforeEach, expect, it } from "vitest";
import { buildGraph } from "../../src/datasets/graph.js";
import { rectify } from "../../src/datasets/rectify.js";
import { walkRows } from "../../src/datasets/walk.js";
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
        name: { category: identity.name }
    tax_records:
      connection: app
      table: tax_records
      fields:
        billing_name: { category: identity.name }
      references:
        - { field: customer_id, to: customers.id }
      holds:
        - { ground: legal_obligation, law: AWR art. 52(4), period: 7 years, since: issued_at }
      restriction: { side_table: wb_rectify_restrictions }
`;

onEachDatabase(
  "rectification guards",
  async (db) => {
    await db.schema
      .createTable("customers")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("email", "varchar(255)")
      .addColumn("name", "varchar(40)")
      .execute();
    await db.schema
      .createTable("tax_records")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("customer_id", "integer")
      .addColumn("billing_name", "varchar(200)")
      .addColumn("issued_at", "varchar(32)")
      .execute();
  },
  (live) => {
    const db = () => live.connector().db;
    beforeEach(async () => {
      if (!live.run) return;
      await db().deleteFrom("tax_records").execute();
      await db().deleteFrom("customers").execute();
      await db()
        .insertInto("customers")
        .values([
          { id: 1, email: "fien@example.nl", name: "Fien" },
          { id: 2, email: "gert@example.nl", name: "Gert" },
        ])
        .execute();
      await db()
        .insertInto("tax_records")
        .values({ id: 1, customer_id: 1, billing_name: "Fien", issued_at: "2025-03-01" })
        .execute();
    });

    const run = async (set: { collection: string; field: string; value: string }, holdOverride?: string) => {
      const graph = buildGraph(await registerFrom(YAML));
      const found = await walkRows(graph, live.connections(), [{ type: "email", value: "fien@example.nl" }]);
      return rectify(graph, live.connections(), found, [set], { now, ...(holdOverride ? { holdOverride } : {}) });
    };
    const rows = async () => ({
      customers: await db().selectFrom("customers").select(["id", "email", "name"]).orderBy("id").execute(),
      tax: await db().selectFrom("tax_records").select(["billing_name"]).execute(),
    });

    it.runIf(live.run)("refuses to rewrite a held tax record unless overridden with a reason", async () => {
      const before = await rows();
      await expect(run({ collection: "tax_records", field: "billing_name", value: "Fien de Wit" })).rejects.toThrow(
        "tax_records: 1 row(s) are kept under a legal hold (legal_obligation, AWR art. 52(4)); rewriting them needs an override with a reason",
      );
      expect(await rows()).toEqual(before);
      const result = await run(
        { collection: "tax_records", field: "billing_name", value: "Fien de Wit" },
        "the tax office asked for the corrected name",
      );
      expect(result.holdOverride).toEqual({ reason: "the tax office asked for the corrected name", rows: 1 });
      expect((await rows()).tax).toEqual([{ billing_name: "Fien de Wit" }]);
    });

    it.runIf(live.run)("refuses an e-mail that already identifies another person, naming no value", async () => {
      const before = await rows();
      const refusal = run({ collection: "customers", field: "email", value: "gert@example.nl" });
      await expect(refusal).rejects.toThrow("customers.email: the new value already identifies another person");
      await expect(refusal).rejects.not.toThrow("gert@");
      expect(await rows()).toEqual(before);
      // Matched as a request matches it: another case of the same address is the same person.
      await expect(run({ collection: "customers", field: "email", value: "GERT@Example.NL" })).rejects.toThrow(
        "already identifies another person",
      );
      await run({ collection: "customers", field: "email", value: "fien.dewit@example.nl" });
      expect((await rows()).customers[0]?.email).toBe("fien.dewit@example.nl");
    });

    it.runIf(live.run)("refuses a value longer than the declared column, on SQLite too", async () => {
      const before = await rows();
      await expect(run({ collection: "customers", field: "name", value: "F".repeat(100) })).rejects.toThrow(
        "customers.name: the value has 100 characters, the column holds at most 40",
      );
      expect(await rows()).toEqual(before);
      await run({ collection: "customers", field: "name", value: "F".repeat(40) });
      expect((await rows()).customers[0]?.name).toBe("F".repeat(40));
    });
  },
);
