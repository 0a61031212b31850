import { sql } from "kysely";
import { beforeEach, expect, it } from "vitest";
import { clearColumnCache, columnCacheSize } from "../../src/datasets/column-cache.js";
import { ErasureRefused, executeErasure } from "../../src/datasets/erase.js";
import { planErasureOnDatabase } from "../../src/datasets/erasure-plan.js";
import { buildGraph } from "../../src/datasets/graph.js";
import { walkRows } from "../../src/datasets/walk.js";
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
    members:
      connection: app
      table: members
      fields:
        email: { category: contact.email, identity: email }
        nickname: { category: identity.name }
    notes:
      connection: app
      table: notes
      fields:
        body: { category: identity.name }
      references:
        - { field: member_id, to: members.id }
`;

/** The nickname column as it is now, replaced by one that is NOT NULL or nullable. */
async function replaceNickname(db: Parameters<Parameters<typeof onEachDatabase>[1]>[0], notNull: boolean) {
  await sql`alter table members drop column nickname`.execute(db);
  if (notNull) await sql`alter table members add column nickname varchar(100) not null default 'Nick'`.execute(db);
  else await sql`alter table members add column nickname varchar(100)`.execute(db);
  await sql`update members set nickname = 'Nick'`.execute(db);
}

onEachDatabase(
  "live columns remembered between erasures",
  async (db) => {
    await db.schema
      .createTable("members")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("email", "varchar(255)", (c) => c.notNull())
      .addColumn("nickname", "varchar(100)")
      .execute();
    await db.schema
      .createTable("notes")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("member_id", "integer")
      .addColumn("body", "varchar(200)")
      .execute();
  },
  (live) => {
    const db = () => live.connector().db;
    const snapshot = async () => ({
      members: await db().selectFrom("members").selectAll().orderBy("id").execute(),
      notes: await db().selectFrom("notes").selectAll().orderBy("id").execute(),
    });
    beforeEach(async () => {
      if (!live.run) return;
      clearColumnCache();
      await replaceNickname(db(), false);
      await db().deleteFrom("notes").execute();
      await db().deleteFrom("members").execute();
      await db().insertInto("members").values({ id: 1, email: "ida@example.nl", nickname: "Ida" }).execute();
      await db().insertInto("notes").values({ id: 1, member_id: 1, body: "Ida wrote" }).execute();
    });

    const found = async (yaml: string) => {
      const graph = buildGraph(await registerFrom(yaml));
      return { graph, found: await walkRows(graph, live.connections(), [{ type: "email", value: "ida@example.nl" }]) };
    };
    const plan = async (yaml: string, options: { fresh?: boolean } = {}) => {
      const { graph, found: rows } = await found(yaml);
      return planErasureOnDatabase(graph, live.connections(), rows, now, options);
    };
    const erase = async (yaml: string) => {
      const { graph, found: rows } = await found(yaml);
      const steps = await planErasureOnDatabase(graph, live.connections(), rows, now);
      return executeErasure(graph, live.connections(), steps, rows, { now, env });
    };
    const nicknameStrategy = (steps: Awaited<ReturnType<typeof plan>>) =>
      steps.find((s) => s.collection === "members")?.fields.find((f) => f.name === "nickname")?.strategy;

    it.runIf(live.run)("a second plan uses the columns the first read, until they are cleared", async () => {
      expect(nicknameStrategy(await plan(YAML))).toBe("null");
      expect(columnCacheSize()).toBeGreaterThan(0);
      // A loosening the database would never refuse is not seen until the columns are read again.
      await replaceNickname(db(), true);
      expect(nicknameStrategy(await plan(YAML))).toBe("null");
      expect(nicknameStrategy(await plan(YAML, { fresh: true }))).toBe("fixed");
      await replaceNickname(db(), false);
      expect(nicknameStrategy(await plan(YAML))).toBe("fixed");
      clearColumnCache();
      expect(columnCacheSize()).toBe(0);
      expect(nicknameStrategy(await plan(YAML))).toBe("null");
    });

    it.runIf(live.run)(
      "a column made NOT NULL after the columns were remembered: the refused write reads again and erases",
      async () => {
        expect(nicknameStrategy(await plan(YAML))).toBe("null");
        await replaceNickname(db(), true);
        const report = await erase(YAML);
        expect(report.collections.find((c) => c.collection === "members")?.fields).toContain("nickname:fixed");
        const after = await snapshot();
        expect(after.members[0]).toMatchObject({ id: 1, nickname: "[verwijderd]" });
        expect(String(after.members[0]!.email)).toMatch(/^wb1:r/);
        expect(after.notes[0]).toMatchObject({ id: 1, body: null });
        // What the run decided on is what the columns say now.
        expect(nicknameStrategy(await plan(YAML))).toBe("fixed");
      },
    );

    it.runIf(live.run)(
      "a column made NOT NULL where the register asks for NULL: refused with the problem, nothing written",
      async () => {
        const yaml = YAML.replace(
          "nickname: { category: identity.name }",
          'nickname: { category: identity.name, masking: "null" }',
        );
        expect((await plan(yaml)).flatMap((s) => s.problems)).toEqual([]);
        await replaceNickname(db(), true);
        const before = await snapshot();
        const problem = "members.nickname: masking writes NULL, but the column is NOT NULL";
        // The dry run reads the columns as they are, and predicts the refusal.
        expect((await plan(yaml, { fresh: true })).flatMap((s) => s.problems)).toEqual([problem]);
        clearColumnCache();
        expect((await plan(yaml)).flatMap((s) => s.problems)).toEqual([problem]);
        await replaceNickname(db(), false);
        await plan(yaml);
        await replaceNickname(db(), true);
        const refused = await erase(yaml).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(ErasureRefused);
        expect((refused as ErasureRefused).problems).toEqual([problem]);
        // The notes were masked first in the same transaction: the refusal took that back too.
        expect(await snapshot()).toEqual(before);
      },
    );

    it.runIf(live.run)("a problem found on remembered columns is checked against the database", async () => {
      const yaml = YAML.replace(
        "nickname: { category: identity.name }",
        'nickname: { category: identity.name, masking: "null" }',
      );
      await replaceNickname(db(), true);
      expect((await plan(yaml)).flatMap((s) => s.problems)).toHaveLength(1);
      // Loosened again: the remembered NOT NULL would refuse an erasure the database now accepts.
      await replaceNickname(db(), false);
      expect((await plan(yaml)).flatMap((s) => s.problems)).toEqual([]);
      await erase(yaml);
      expect((await snapshot()).members[0]).toMatchObject({ nickname: null });
    });
  },
);
