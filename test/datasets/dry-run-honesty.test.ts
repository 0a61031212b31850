import { beforeEach, expect, it } from "vitest";
import { checkRegister } from "../../src/check/check.js";
import { ErasureRefused, executeErasure } from "../../src/datasets/erase.js";
import { planErasureOnDatabase } from "../../src/datasets/erasure-plan.js";
import { buildGraph } from "../../src/datasets/graph.js";
import { describePlanOnDatabase } from "../../src/datasets/plan.js";
import { walkRows } from "../../src/datasets/walk.js";
import { memoryReader } from "../helpers/memory.js";
import { onEachDatabase, registerFrom } from "./live.js";

const now = new Date("2026-11-22T12:00:00Z");
const env = { WAARBORG_MASKING_KEY: "test-key-0123456789abcdef" };

const YAML = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: APP_URL }
  collections:
    clients:
      connection: app
      table: clients
      fields:
        email: { category: contact.email, identity: email }
        status: { masking: keep }
    receipts:
      connection: app
      table: receipts
      fields:
        name: { category: identity.name, masking: "null" }
      references:
        - { field: client_id, to: clients.id }
      holds:
        - { ground: legal_obligation, law: AWR art. 52(4), period: 7 years, since: issued_at }
      restriction: { side_table: wb_dryrun_restrictions }
`;

onEachDatabase(
  "the dry run predicts the real run",
  async (db) => {
    await db.schema
      .createTable("clients")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("email", "varchar(255)", (c) => c.notNull())
      .addColumn("status", "varchar(20)", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("receipts")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("client_id", "integer")
      .addColumn("name", "varchar(200)", (c) => c.notNull())
      .addColumn("issued_at", "varchar(32)")
      .execute();
  },
  (live) => {
    const db = () => live.connector().db;
    const snapshot = async () => ({
      clients: await db().selectFrom("clients").selectAll().orderBy("id").execute(),
      receipts: await db().selectFrom("receipts").selectAll().orderBy("id").execute(),
    });
    beforeEach(async () => {
      if (!live.run) return;
      await db().deleteFrom("receipts").execute();
      await db().deleteFrom("clients").execute();
      await db().insertInto("clients").values({ id: 1, email: "ida@example.nl", status: "active" }).execute();
      await db()
        .insertInto("receipts")
        .values([
          { id: 1, client_id: 1, name: "Ida", issued_at: "2015-01-10" },
          { id: 2, client_id: 1, name: "Ida", issued_at: "2025-06-01" },
        ])
        .execute();
    });

    const erase = async (yaml: string, dryRun: boolean) => {
      const graph = buildGraph(await registerFrom(yaml));
      const found = await walkRows(graph, live.connections(), [{ type: "email", value: "ida@example.nl" }]);
      const plan = await planErasureOnDatabase(graph, live.connections(), found, now);
      return executeErasure(graph, live.connections(), plan, found, { now, env, dryRun });
    };

    it.runIf(live.run)(
      "an expired hold whose masking hits a NOT NULL column: the dry run says so, the run refuses",
      async () => {
        const before = await snapshot();
        const report = await erase(YAML, true);
        expect(report.collections.find((c) => c.collection === "receipts")?.problems).toEqual([
          "receipts.name: masking writes NULL, but the column is NOT NULL",
        ]);
        await expect(erase(YAML, false)).rejects.toThrow(ErasureRefused);
        expect(await snapshot()).toEqual(before);
      },
    );

    it.runIf(live.run)("a misspelt column shows in the plan and the dry run, and the run refuses it", async () => {
      const yaml = YAML.replace(
        'name: { category: identity.name, masking: "null" }',
        "naam: { category: identity.name }",
      );
      const before = await snapshot();
      const report = await erase(yaml, true);
      expect(report.collections.find((c) => c.collection === "receipts")?.problems).toEqual([
        'receipts: table "receipts" has no column "naam" (a declared field)',
      ]);
      const plan = await describePlanOnDatabase(
        buildGraph(await registerFrom(yaml)),
        ["email"],
        "access",
        live.connections(),
      );
      expect(plan.steps.find((s) => s.collection === "receipts")?.problems).toEqual([
        'receipts: table "receipts" has no column "naam" (a declared field)',
      ]);
      await expect(erase(yaml, false)).rejects.toThrow('no column "naam"');
      expect(await snapshot()).toEqual(before);
    });

    it.runIf(live.run)("keep leaves a non-personal field as it is, and a fitting masking erases", async () => {
      const yaml = YAML.replace('masking: "null" }', 'masking: fixed, fixed_value: "-" }');
      expect((await erase(yaml, true)).collections.every((c) => c.problems.length === 0)).toBe(true);
      await erase(yaml, false);
      const after = await snapshot();
      expect(after.clients[0]).toMatchObject({ id: 1, status: "active" });
      expect(String(after.clients[0]?.email)).not.toBe("ida@example.nl");
      expect(after.receipts.map((r) => r.name)).toEqual(["-", "Ida"]);
    });

    it.runIf(live.run)(
      "check --connect reports a missing table and column at their place in the register",
      async () => {
        const yaml = YAML.replace("table: receipts", "table: reciepts").replace(
          "status: { masking: keep }",
          "state: { masking: keep }",
        );
        const result = await checkRegister("/t/privacy.yaml", memoryReader({ "/t/privacy.yaml": yaml }), {
          connect: { APP_URL: live.url() },
        });
        const live_ = result.diagnostics.filter((d) => d.rule === "dataset-live-schema");
        expect(live_.map((d) => [d.line, d.message])).toEqual([
          [
            yaml.split("\n").findIndex((l) => l.includes("state:")) + 1,
            'clients: table "clients" has no column "state" (a declared field)',
          ],
          [
            yaml.split("\n").findIndex((l) => l.includes("table: reciepts")) + 1,
            'receipts: the database has no table "reciepts"',
          ],
        ]);
        expect(result.exitCode).toBe(1);
        const unset = await checkRegister("/t/privacy.yaml", memoryReader({ "/t/privacy.yaml": YAML }), {
          connect: {},
        });
        expect(unset.diagnostics.filter((d) => d.rule === "dataset-live-schema").map((d) => d.message)).toEqual([
          'connection "app": environment variable APP_URL is not set',
        ]);
      },
    );
  },
);
