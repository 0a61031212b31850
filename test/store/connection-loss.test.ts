import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConnector } from "../../src/connectors/open.js";
import { openStore } from "../../src/store/open.js";
import { available, createTestDatabase, type TestDatabase } from "../helpers/databases.js";

const postgres = await available("postgres");

/** Ends every other session on the database, as a server restart or an administrator would. */
async function terminateOthers(database: TestDatabase): Promise<number> {
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  const ended = await admin.query(
    "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
  );
  await admin.end();
  return ended.rowCount ?? 0;
}

describe.runIf(postgres)("a PostgreSQL connection the server closes while idle", () => {
  let database: TestDatabase;
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);
  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    process.on("warning", onWarning);
  });
  afterAll(async () => {
    process.off("warning", onWarning);
    await database?.drop();
  });

  it("is dropped from the store's and the connector's pools with a warning, and the next query reconnects", async () => {
    const store = await openStore({ url: database.url, poolSize: 2 });
    const connector = await openConnector(database.url, { poolSize: 2 });
    try {
      // Two idle connections in each pool.
      await Promise.all([1, 2].map(() => sql`select pg_sleep(0.05)`.execute(store.db)));
      await Promise.all([1, 2].map(() => sql`select pg_sleep(0.05)`.execute(connector.db)));
      expect(await terminateOthers(database)).toBeGreaterThanOrEqual(4);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(warnings.filter((w) => w.startsWith("store connection closed by the server"))).not.toEqual([]);
      expect(warnings.filter((w) => w.startsWith("connector connection closed by the server"))).not.toEqual([]);
      expect((await sql<{ n: number }>`select 1 as n`.execute(store.db)).rows).toEqual([{ n: 1 }]);
      expect((await sql<{ n: number }>`select 1 as n`.execute(connector.db)).rows).toEqual([{ n: 1 }]);
    } finally {
      await store.close();
      await connector.close();
    }
  });
});
