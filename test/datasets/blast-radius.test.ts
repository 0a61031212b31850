import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { collectAccess } from "../../src/datasets/access.js";
import { BlastRadiusError, findPerson } from "../../src/datasets/blast-radius.js";
import { buildGraph, type DatasetGraph } from "../../src/datasets/graph.js";
import { walkRows } from "../../src/datasets/walk.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import {
  createPeopleSchema,
  customerEmail,
  employeeEmail,
  fillPeople,
  PEOPLE_TABLES,
  peopleRegister,
} from "./people-fixture.js";

async function refusal(work: Promise<unknown>): Promise<BlastRadiusError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BlastRadiusError);
  return error as BlastRadiusError;
}

for (const dialect of dialectsUnderTest()) {
  describe(`the blast-radius guard on ${dialect}`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let connector: Connector;
    let connections: Map<string, Connector>;
    const graphs = new Map<string, DatasetGraph>();
    const graph = async (direction: string) => {
      if (!graphs.has(direction)) graphs.set(direction, buildGraph(await peopleRegister("MUSIC_URL", direction)));
      return graphs.get(direction)!;
    };

    beforeAll(async () => {
      if (!run) return;
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      connections = new Map([["music", connector]]);
      await createPeopleSchema(connector.db);
      await fillPeople(connector.db);
    });
    afterAll(async () => {
      await connector?.close();
      await database?.drop();
    });

    it.runIf(run)("refuses a support representative's request, naming the paths and counts only", async () => {
      const g = await graph("from_parent");
      // Without the guard the walk reaches the rep's 8 customers, their invoices and the 3 staff under the rep.
      const walked = await walkRows(g, connections, [{ type: "email", value: employeeEmail(3) }]);
      expect(walked.rows.get("customer")?.size).toBe(8);
      const error = await refusal(findPerson(g, connections, [{ type: "email", value: employeeEmail(3) }]));
      expect(error.escapes).toEqual([
        { path: "customer.support_rep_id", people: 8 },
        { path: "employee.reports_to", people: 3 },
      ]);
      expect(error.message).toContain("reaches 8 other people through customer.support_rep_id");
      expect(error.message).toContain("reaches 3 other people through employee.reports_to");
      expect(error.message).not.toMatch(/@|Cust|Staff/);
    });

    it.runIf(run)("refuses the general manager's, who would reach everyone", async () => {
      const error = await refusal(
        findPerson(await graph("from_parent"), connections, [{ type: "email", value: employeeEmail(1) }]),
      );
      expect(error.escapes).toEqual([
        { path: "employee.reports_to", people: 7 },
        { path: "customer.support_rep_id", people: 24 },
      ]);
    });

    it.runIf(run)("refuses a walk up from a customer to the representative", async () => {
      const error = await refusal(
        findPerson(await graph("to_parent"), connections, [{ type: "email", value: customerEmail(2) }]),
      );
      // Up to the representative, and from there up to the representative's manager.
      expect(error.escapes).toEqual([
        { path: "customer.support_rep_id", people: 1 },
        { path: "employee.reports_to", people: 1 },
      ]);
    });

    it.runIf(run)("refuses an access package too: other people's rows are not disclosed", async () => {
      await refusal(
        collectAccess(await graph("from_parent"), connections, [{ type: "email", value: employeeEmail(4) }]),
      );
    });

    it.runIf(run)("lets through a customer's own rows, their invoices and invoice lines", async () => {
      const found = await findPerson(await graph("from_parent"), connections, [
        { type: "email", value: customerEmail(9) },
      ]);
      expect(Object.fromEntries([...found.rows].map(([n, rows]) => [n, rows.size]))).toMatchObject({
        customer: 1,
        invoice: 2,
        invoice_line: 4,
      });
    });

    it.runIf(run)("lets through an employee's request once the references between people are not walked", async () => {
      const found = await findPerson(await graph("none"), connections, [
        { type: "email", value: employeeEmail(3) },
        { type: "phone", value: "+31205550003" },
      ]);
      expect(found.rows.get("employee")?.size).toBe(1);
      expect(found.rows.get("customer")?.size ?? 0).toBe(0);
    });

    it.runIf(run)("leaves rows found by the given identities alone, whoever they are", async () => {
      // Two identities in one request: each finds its own rows, nothing is walked to.
      const found = await findPerson(await graph("none"), connections, [
        { type: "email", value: employeeEmail(3) },
        { type: "email", value: customerEmail(1) },
      ]);
      expect(found.rows.get("customer")?.size).toBe(1);
      // The tables themselves are untouched by any of this.
      for (const table of PEOPLE_TABLES)
        expect((await connector.db.selectFrom(table).selectAll().execute()).length).toBeGreaterThan(0);
    });
  });
}
