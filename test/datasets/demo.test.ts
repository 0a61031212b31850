import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { buildGraph, type DatasetGraph, personalFields } from "../../src/datasets/graph.js";
import { createDemoSchema } from "../../src/demo/schema.js";
import { seedDemo } from "../../src/demo/seed.js";
import { loadRegister } from "../../src/register/load.js";
import { collectAccess } from "../../src/datasets/access.js";
import { executeErasure } from "../../src/datasets/erase.js";
import { planErasureOnDatabase } from "../../src/datasets/erasure-plan.js";
import { holdFor } from "../../src/datasets/holds.js";
import { DEFAULT_FIXED, HASH_PREFIX } from "../../src/datasets/masking.js";
import { restrict } from "../../src/datasets/restrict.js";
import { walkRows } from "../../src/datasets/walk.js";
import { requestGraph } from "../../src/datasets/session.js";
import { referredTenants } from "../../src/datasets/tenant-referral.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";

/** The demo register against the seeded demo database, on every database: what `npm start` runs. */
const env = { WAARBORG_MASKING_KEY: "demo-test-key-0123456789" };

for (const dialect of dialectsUnderTest()) {
  describe(`demo register on the demo database (${dialect})`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let connector: Connector;
    let graph: DatasetGraph;
    let emails: string[];
    const connections = () => new Map([["app", connector]]);
    beforeAll(async () => {
      if (!run) return;
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      await createDemoSchema(connector);
      await seedDemo(connector, { subjects: 120, seed: 7 });
      const loaded = await loadRegister("examples/demo/privacy.yaml");
      graph = buildGraph(loaded.register!);
      emails = (await connector.db.selectFrom("users").select("email").orderBy("id").execute()).map((r) =>
        String(r.email),
      );
    });
    afterAll(async () => {
      await connector?.close();
      await database?.drop();
    });

    it.runIf(run)("access finds the person's own rows in every table the walk reaches", async () => {
      const result = await collectAccess(graph, connections(), [{ type: "email", value: emails[3]! }]);
      const users = result.sections.find((s) => s.collection === "users");
      expect(users?.rows.map((r) => r.email)).toEqual([emails[3]]);
      expect(result.sections.map((s) => s.collection)).toEqual(
        expect.arrayContaining(["users", "login_events", "uploads"]),
      );
      expect(result.categories).toContain("contact.email");
    });

    it.runIf(run)("restricts with the dialect's own timestamp column and lifts again", async () => {
      const found = await walkRows(graph, connections(), [{ type: "email", value: emails[5]! }]);
      const marked = await restrict(graph, connections(), found);
      expect(marked.collections.find((c) => c.collection === "users")).toMatchObject({
        rows: 1,
        marker: "restricted_at",
      });
      const row = await connector.db
        .selectFrom("users")
        .select("restricted_at")
        .where("email", "=", emails[5]!)
        .executeTakeFirst();
      expect(row?.restricted_at).not.toBeNull();
      const lifted = await restrict(graph, connections(), found, { lift: true });
      expect(lifted.collections.find((c) => c.collection === "users")?.rows).toBe(1);
    });

    it.runIf(run)("after erasure no unmasked personal data of the person is left outside held rows", async () => {
      const now = new Date();
      const found = await walkRows(graph, connections(), [{ type: "email", value: emails[9]! }]);
      await executeErasure(graph, connections(), await planErasureOnDatabase(graph, connections(), found, now), found, {
        now,
        env,
      });
      for (const [name, keys] of found.rows) {
        const c = graph.collections.get(name)!;
        const fields = personalFields(c).filter((f) => !c.references.some((r) => r.field === f));
        for (const [key, before] of keys) {
          const after = await connector.db
            .selectFrom(c.table)
            .selectAll()
            .where(c.primary_key, "=", key)
            .executeTakeFirst();
          if (!after) continue; // deleted
          if (holdFor(c, before, now)) continue; // kept under a hold, restricted
          for (const f of fields) {
            const v = after[f];
            const masked =
              v === null || v === DEFAULT_FIXED || c.fields[f]?.fixed_value === v || String(v).startsWith(HASH_PREFIX);
            expect(masked, `${name}.${f} of row ${key}`).toBe(true);
          }
        }
      }
      const again = await walkRows(graph, connections(), [{ type: "email", value: emails[9]! }]);
      const left = [...again.rows].filter(
        ([name, rows]) => rows.size > 0 && graph.collections.get(name)!.holds.length === 0,
      );
      expect(left.map(([name]) => name)).toEqual([]);
    });

    it.runIf(run)("a contact's own request leaves the contacts to the customer holding them and names it", async () => {
      const contact = await connector.db
        .selectFrom("contacts")
        .select(["email", "organisation_id"])
        .where("email", "is not", null)
        .orderBy("id")
        .executeTakeFirstOrThrow();
      const identities = [{ type: "email", value: String(contact.email) }];
      const own = requestGraph(graph, ["email"], undefined);
      const result = await collectAccess(own, connections(), identities);
      expect(result.sections.map((s) => s.collection)).not.toContain("contacts");
      expect(await referredTenants(own, connections(), identities)).toContain(String(contact.organisation_id));
    });

    it.runIf(run)(
      "a customer's request for its contact reaches that contact's rows and none of the company's own",
      async () => {
        const contact = await connector.db
          .selectFrom("contacts")
          .select(["id", "email", "organisation_id"])
          .where("email", "is not", null)
          .orderBy("id")
          .executeTakeFirstOrThrow();
        const identities = [{ type: "email", value: String(contact.email) }];
        const tenant = String(contact.organisation_id);
        const scoped = requestGraph(graph, ["email"], tenant);
        const result = await collectAccess(scoped, connections(), identities);
        // The company's own collections (users, invoices, subscriptions) are not the customer's to ask for.
        expect(result.sections.map((s) => s.collection)).toEqual(["contacts"]);
        const rows = result.sections[0]!.rows;
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.every((r) => String(r.organisation_id ?? tenant) === tenant)).toBe(true);
        expect(rows.map((r) => String(r.id))).toContain(String(contact.id));
      },
    );
  });
}
