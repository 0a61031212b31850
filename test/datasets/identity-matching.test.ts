import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { collectAccess } from "../../src/datasets/access.js";
import { closeConnections, type Connections, openConnections } from "../../src/datasets/connections.js";
import { buildGraph, type DatasetGraph } from "../../src/datasets/graph.js";
import { accessPackageFiles } from "../../src/datasets/package/files.js";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { memoryReader } from "../helpers/memory.js";

/**
 * How a request finds a person by e-mail: trimmed, NFC-normalised and ignoring case by default, on
 * every database, whatever it does with case and Unicode itself; the very bytes where the register
 * says `match: exact`. Rows that only look alike to a database (a LIKE wildcard, a collation that
 * folds more) are never returned.
 */
const REGISTER = `
organization: { name: Match B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: MATCHING_DATABASE_URL }
  collections:
    people:
      connection: app
      table: im_people
      fields:
        email: { category: contact.email, identity: email }
        name: { category: identity.name }
    legacy:
      connection: app
      table: im_legacy
      fields:
        email: { category: contact.email, identity: email, match: exact }
`;

const PEOPLE = [
  { id: 1, email: "someone@example.nl", name: "Iemand" },
  // Decomposed (e + combining diaeresis) and in capitals, as an old import left it.
  { id: 2, email: "Zoe\u0308@Example.NL", name: "Zoë" },
  { id: 3, email: "  Padded@Example.nl  ", name: "Spatie" },
  { id: 4, email: "other@example.nl", name: "Ander" },
  { id: 5, email: "ÅSA@EXAMPLE.SE", name: "Åsa" },
  { id: 6, email: "o_her@example.nl", name: "Wildcard" },
];

async function register(): Promise<Register> {
  const loaded = await loadRegister("/m/privacy.yaml", memoryReader({ "/m/privacy.yaml": REGISTER }), "/m");
  if (!loaded.register) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.register;
}

for (const dialect of dialectsUnderTest()) {
  describe(`identity matching on ${dialect}`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let connector: Connector;
    let reg: Register;
    let graph: DatasetGraph;
    let connections: Connections;

    /** Ids found per collection for one e-mail identity, through the engine's walk. */
    async function found(value: string): Promise<Record<string, number[]>> {
      const result = await collectAccess(graph, connections, [{ type: "email", value }]);
      return Object.fromEntries(result.sections.map((s) => [s.collection, s.rows.map((r) => Number(r.id))]));
    }

    beforeAll(async () => {
      if (!run) return;
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      await connector.db.schema
        .createTable("im_people")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("email", "varchar(255)")
        .addColumn("name", "varchar(100)")
        .execute();
      let legacy = connector.db.schema
        .createTable("im_legacy")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("email", "varchar(255)");
      // An old MySQL schema in three-byte "utf8", which cannot hold an emoji.
      if (dialect === "mysql") legacy = legacy.modifyEnd(sql`character set utf8mb3`);
      await legacy.execute();
      await connector.db.insertInto("im_people").values(PEOPLE).execute();
      await connector.db
        .insertInto("im_legacy")
        .values([
          { id: 1, email: "Someone@Example.NL" },
          { id: 2, email: "someone@example.nl" },
        ])
        .execute();
      process.env.MATCHING_DATABASE_URL = database.url;
      reg = await register();
      graph = buildGraph(reg);
      connections = await openConnections(reg);
    });
    afterAll(async () => {
      if (connections) await closeConnections(connections);
      await connector?.close();
      await database?.drop();
    });

    it.runIf(run)("finds an address typed with spaces and capitals, and only its owner", async () => {
      expect(await found("  Someone@Example.NL  ")).toEqual({ people: [1] });
      expect(await found("SOMEONE@example.nl")).toEqual({ people: [1] });
    });

    it.runIf(run)("compares Unicode forms and non-ASCII capitals as the same address", async () => {
      expect(await found("zoë@example.nl".normalize("NFC"))).toEqual({ people: [2] });
      expect(await found("ZOË@EXAMPLE.NL".normalize("NFD"))).toEqual({ people: [2] });
      expect(await found("åsa@example.se")).toEqual({ people: [5] });
      expect(await found("padded@example.nl")).toEqual({ people: [3] });
    });

    it.runIf(run)("takes LIKE wildcards in a value literally", async () => {
      expect(await found("o_her@example.nl")).toEqual({ people: [6] });
      expect(await found("ö_her@example.nl")).toEqual({});
      expect(await found("%@example.nl")).toEqual({});
      expect(await found("ö%@example.nl")).toEqual({});
    });

    it.runIf(run)("compares the very bytes in a field the register marks match: exact", async () => {
      expect(await found("Someone@Example.NL")).toEqual({ people: [1], legacy: [1] });
      expect(await found("someone@example.nl")).toEqual({ people: [1], legacy: [2] });
    });

    it.runIf(run)("finds nobody for a four-byte address, in every column, without an error", async () => {
      expect(await found("\u{1F600}@example.nl")).toEqual({});
      expect(await found("someone\u{1F600}@example.nl")).toEqual({});
    });

    it.runIf(run)("says plainly, in Dutch and English, that it holds no data about an unknown address", async () => {
      const result = await collectAccess(graph, connections, [{ type: "email", value: "niemand@example.nl" }]);
      expect(result.sections).toEqual([]);
      const files = await accessPackageFiles(reg, result, { lang: "nl", readable: true });
      const data = JSON.parse(String(files.find((f) => f.name === "data.json")?.content));
      expect(data).toMatchObject({
        found_data: false,
        answer: {
          nl: "Wij hebben geen gegevens over deze identiteiten.",
          en: "We hold no data about these identities.",
        },
        collections: {},
      });
      expect(String(files.find((f) => f.name === "index.html")?.content)).toContain(
        "Wij hebben geen gegevens over deze identiteiten.",
      );
    });
  });
}
