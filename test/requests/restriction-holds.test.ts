import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { liftRestriction } from "../../src/requests/operations/lift-restriction.js";
import { runOperatorRequest } from "../../src/requests/operations/operator-request.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { createPeopleSchema, customerEmail, fillPeople, peopleRegister } from "../datasets/people-fixture.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";

/** Customer 5 has invoice 9 (2015: past the 7-year hold) and invoice 10 (2025: kept for the tax authority). */
const PERSON = customerEmail(5);

for (const dialect of dialectsUnderTest()) {
  describe(`lifting a restriction next to a legal hold, on ${dialect}`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let music: Connector;
    let f: Fixture;
    const urlEnv = `WB_HOLDS_${dialect.toUpperCase()}_URL`;
    const sideTable = () =>
      music.db
        .selectFrom("waarborg_restrictions")
        .select(["collection", "row_key", "ground"])
        .orderBy("collection")
        .orderBy("row_key")
        .execute();
    const request = (type: "restriction" | "erasure") =>
      runOperatorRequest(f.ctx, { type, identities: [{ type: "email", value: PERSON }], lang: "nl" });

    beforeAll(async () => {
      if (!run) return;
      database = await createTestDatabase(dialect);
      music = await openConnector(database.url);
      await createPeopleSchema(music.db);
      await fillPeople(music.db);
      const register = await peopleRegister(urlEnv, "none");
      // The customer row too is kept a while after an erasure, for claims (a column marker this time).
      register.datasets!.collections.customer!.holds = [{ ground: "legal_claims", period: "2 years" }];
      f = await lifecycleFixture({
        register: (r) => ({ ...r, datasets: register.datasets, rights: { ...r.rights, approval: [] } }),
        start: "2026-06-01T09:00:00Z",
      });
      f.ctx.env[urlEnv] = database.url;
    });
    afterAll(async () => {
      await f?.close();
      await music?.close();
      await database?.drop();
    });

    it.runIf(run)("restrict then erase records the hold's ground on what the erasure keeps", async () => {
      const restricted = await request("restriction");
      // Partially: the invoice lines declare no restriction marker.
      expect(restricted.status).toBe("partially_completed");
      expect(await sideTable()).toEqual([
        { collection: "invoice", row_key: "10", ground: "request" },
        { collection: "invoice", row_key: "9", ground: "request" },
      ]);
      const erased = await request("erasure");
      expect(erased.status).toBe("partially_completed");
      expect(await sideTable()).toEqual([
        { collection: "invoice", row_key: "10", ground: "legal_obligation" },
        { collection: "invoice", row_key: "9", ground: "request" },
      ]);

      const lifted = await liftRestriction(f.ctx, { requestId: restricted.requestId, actor: "operator" });
      // Only what the request restricted is lifted: the tax hold's restriction and the claims hold's stay.
      expect(await sideTable()).toEqual([{ collection: "invoice", row_key: "10", ground: "legal_obligation" }]);
      const customer = await music.db
        .selectFrom("customer")
        .select("restricted_at")
        .where("customer_id", "=", 5)
        .executeTakeFirstOrThrow();
      expect(customer.restricted_at).not.toBeNull();
      expect(lifted.collections).toEqual(
        expect.arrayContaining([
          { collection: "invoice", rows: 1, marker: "waarborg_restrictions", held: 1 },
          { collection: "customer", rows: 0, marker: "restricted_at", held: 1 },
        ]),
      );
    });
  });
}
