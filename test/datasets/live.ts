import { afterAll, beforeAll, describe } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import type { Connections } from "../../src/datasets/connections.js";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { memoryReader } from "../helpers/memory.js";

/** A register from YAML for a test, failing loudly on schema errors. */
export async function registerFrom(yaml: string): Promise<Register> {
  const loaded = await loadRegister("/t/privacy.yaml", memoryReader({ "/t/privacy.yaml": yaml }), "/t");
  if (!loaded.register) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.register;
}

export interface Live {
  run: boolean;
  connector: () => Connector;
  connections: () => Connections;
  /** The database's URL, as an environment variable would hold it. */
  url: () => string;
}

/**
 * One describe per database under test, each on a fresh database of its own with the tables `setup`
 * creates; the connection is named `app`.
 */
export function onEachDatabase(
  title: string,
  setup: (db: Connector["db"]) => Promise<void>,
  body: (live: Live) => void,
) {
  for (const dialect of dialectsUnderTest()) {
    describe(`${title} on ${dialect}`, async () => {
      const run = await available(dialect);
      let database: TestDatabase | undefined;
      let connector: Connector | undefined;
      beforeAll(async () => {
        if (!run) return;
        database = await createTestDatabase(dialect);
        connector = await openConnector(database.url);
        await setup(connector.db);
      });
      afterAll(async () => {
        await connector?.close();
        await database?.drop();
      });
      body({
        run,
        connector: () => connector!,
        connections: () => new Map([["app", connector!]]),
        url: () => database!.url,
      });
    });
  }
}
