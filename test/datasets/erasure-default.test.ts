import { createHmac } from "node:crypto";
import { beforeEach, expect, it } from "vitest";
import { executeErasure } from "../../src/datasets/erase.js";
import { planErasureOnDatabase } from "../../src/datasets/erasure-plan.js";
import { buildGraph } from "../../src/datasets/graph.js";
import { HASH_PREFIX } from "../../src/datasets/masking.js";
import { walkRows } from "../../src/datasets/walk.js";
import { onEachDatabase, registerFrom } from "./live.js";

const KEY = "test-key-0123456789abcdef";
const env = { WAARBORG_MASKING_KEY: KEY };
const now = new Date("2026-11-22T12:00:00Z");
const email = "carla@example.nl";

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
        phone: { category: contact.phone, identity: phone }
        name: { category: identity.name }
        nickname: { category: identity.name }
        trial_email: { category: contact.email, masking: hash, hash_reason: "to refuse a second free trial" }
`;

onEachDatabase(
  "erasure by default",
  async (db) => {
    await db.schema
      .createTable("members")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("email", "varchar(255)", (c) => c.notNull().unique())
      .addColumn("phone", "varchar(40)")
      .addColumn("name", "varchar(200)", (c) => c.notNull())
      .addColumn("nickname", "varchar(200)")
      .addColumn("trial_email", "varchar(255)")
      .execute();
  },
  (live) => {
    beforeEach(async () => {
      if (!live.run) return;
      const db = live.connector().db;
      await db.deleteFrom("members").execute();
      await db
        .insertInto("members")
        .values([
          { id: 1, email, phone: "+31600000001", name: "Carla", nickname: "C", trial_email: email },
          { id: 2, email: "dirk@example.nl", phone: null, name: "Dirk", nickname: null, trial_email: null },
        ])
        .execute();
    });

    it.runIf(live.run)("erases identities irreversibly: the masking key no longer finds the person", async () => {
      const register = await registerFrom(YAML);
      const graph = buildGraph(register);
      const found = await walkRows(graph, live.connections(), [{ type: "email", value: email }]);
      const plan = await planErasureOnDatabase(graph, live.connections(), found, now);
      expect(plan[0]?.fields).toEqual([
        { name: "email", strategy: "random" },
        { name: "name", strategy: "fixed" },
        { name: "nickname", strategy: "null" },
        { name: "phone", strategy: "null" },
        { name: "trial_email", strategy: "hash" },
      ]);
      await executeErasure(graph, live.connections(), plan, found, { now, env });
      const row = await live
        .connector()
        .db.selectFrom("members")
        .selectAll()
        .where("id", "=", 1)
        .executeTakeFirstOrThrow();
      const hmac = HASH_PREFIX + createHmac("sha256", KEY).update(email).digest("hex").slice(0, 40);
      expect(row.email).not.toBe(hmac);
      expect(String(row.email).startsWith(HASH_PREFIX)).toBe(true);
      expect(row).toMatchObject({ phone: null, name: "[verwijderd]", nickname: null, trial_email: hmac });
      // Whoever holds the key computes the old hash and looks for it: it finds nobody.
      const again = await walkRows(graph, live.connections(), [{ type: "email", value: hmac }]);
      expect(again.rows.get("members")?.size ?? 0).toBe(0);
      const other = await live
        .connector()
        .db.selectFrom("members")
        .selectAll()
        .where("id", "=", 2)
        .executeTakeFirstOrThrow();
      expect(other).toMatchObject({ email: "dirk@example.nl", name: "Dirk" });
    });
  },
);
