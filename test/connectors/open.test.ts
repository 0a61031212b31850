import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialectOf, openConnector } from "../../src/connectors/open.js";
import type { Connector } from "../../src/connectors/connector.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";

describe("dialectOf", () => {
  it("recognises each supported URL", () => {
    expect(dialectOf("postgres://u@h/db")).toBe("postgres");
    expect(dialectOf("postgresql://u@h/db")).toBe("postgres");
    expect(dialectOf("mysql://u@h/db")).toBe("mysql");
    expect(dialectOf("mariadb://u@h/db")).toBe("mysql");
    expect(dialectOf("sqlite:./x.db")).toBe("sqlite");
  });

  it("never echoes a URL (it may hold a password) in its error", () => {
    expect(() => dialectOf("oracle://user:s3cret@host/db")).toThrow(/unsupported database URL/);
    expect(() => dialectOf("oracle://user:s3cret@host/db")).not.toThrow(/s3cret/);
  });
});

for (const dialect of dialectsUnderTest()) {
  describe(`openConnector on ${dialect}`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let connector: Connector;
    beforeAll(async () => {
      if (!run) return;
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
    });
    afterAll(async () => {
      await connector?.close();
      await database?.drop();
    });

    it.runIf(run)("runs a query with a bound parameter", async () => {
      const row = await sql<{ v: string }>`select ${"één"} as v`.execute(connector.db);
      expect(row.rows[0]?.v).toBe("één");
      expect(connector.dialect.name).toBe(dialect);
    });
  });
}
