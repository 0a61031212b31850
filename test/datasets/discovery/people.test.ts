import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../../src/connectors/connector.js";
import { openConnector } from "../../../src/connectors/open.js";
import { buildGraph } from "../../../src/datasets/graph.js";
import { discover } from "../../../src/datasets/discovery/discover.js";
import { propose, type Proposal } from "../../../src/datasets/discovery/propose.js";
import { findPerson } from "../../../src/datasets/blast-radius.js";
import { executeErasure } from "../../../src/datasets/erase.js";
import { planErasure } from "../../../src/datasets/erasure-plan.js";
import { loadRegister } from "../../../src/register/load.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../../helpers/databases.js";
import { memoryReader } from "../../helpers/memory.js";
import { createPeopleSchema, customerEmail, employeeEmail, fillPeople, PEOPLE_HEADER } from "../people-fixture.js";

for (const dialect of dialectsUnderTest()) {
  describe(`discovery on a database where people reference each other, on ${dialect}`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let connector: Connector;
    let proposal: Proposal;

    beforeAll(async () => {
      if (!run) return;
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      await createPeopleSchema(connector.db);
      await fillPeople(connector.db);
      proposal = propose(await discover(connector), { name: "music", url_env: "MUSIC_URL" });
    });
    afterAll(async () => {
      await connector?.close();
      await database?.drop();
    });

    it.runIf(run)("proposes the keys between people as not walked, and the invoice lines too", () => {
      const c = proposal.datasets.collections;
      expect(Object.keys(c).sort()).toEqual(["customer", "employee", "invoice", "invoice_line"]);
      expect(c.customer?.references).toEqual([
        { field: "support_rep_id", to: "employee.employee_id", direction: "none" },
      ]);
      expect(c.employee?.references).toEqual([{ field: "reports_to", to: "employee.employee_id", direction: "none" }]);
      expect(c.invoice?.references).toEqual([
        { field: "customer_id", to: "customer.customer_id", direction: "from_parent" },
      ]);
      expect(c.invoice_line?.references).toEqual([
        { field: "invoice_id", to: "invoice.invoice_id", direction: "from_parent" },
      ]);
      expect(proposal.yaml).toContain("# not walked: customer.support_rep_id links customer to employee");
    });

    it.runIf(run)("gives a register whose requests stay with one person", async () => {
      const yaml = PEOPLE_HEADER + proposal.yaml;
      const loaded = await loadRegister("/p/privacy.yaml", memoryReader({ "/p/privacy.yaml": yaml }), "/p");
      const graph = buildGraph(loaded.register!);
      const connections = new Map([["music", connector]]);
      const manager = await findPerson(graph, connections, [{ type: "email", value: employeeEmail(1) }]);
      expect([...manager.rows].map(([n, rows]) => [n, rows.size]).filter(([, n]) => n)).toEqual([["employee", 1]]);
      const customer = await findPerson(graph, connections, [{ type: "email", value: customerEmail(5) }]);
      expect(customer.rows.get("invoice")?.size).toBe(2);
      expect(customer.rows.get("invoice_line")?.size).toBe(4);
    });

    it.runIf(run)(
      "erases a customer with it, the invoice lines that hold no personal field left as they are",
      async () => {
        const yaml = PEOPLE_HEADER + proposal.yaml;
        const loaded = await loadRegister("/p/privacy.yaml", memoryReader({ "/p/privacy.yaml": yaml }), "/p");
        const graph = buildGraph(loaded.register!);
        const connections = new Map([["music", connector]]);
        const identities = [{ type: "email", value: customerEmail(6) }];
        const found = await findPerson(graph, connections, identities);
        const now = new Date("2026-06-01T00:00:00Z");
        const plan = planErasure(graph, found, now);
        const lines = () => connector.db.selectFrom("invoice_line").selectAll().orderBy("invoice_line_id").execute();
        const before = await lines();
        await executeErasure(graph, connections, plan, found, {
          now,
          env: { WAARBORG_MASKING_KEY: "people-key-0123456789" },
        });
        expect((await findPerson(graph, connections, identities)).rows.get("customer")?.size ?? 0).toBe(0);
        expect(await lines()).toEqual(before);
      },
    );
  });
}
