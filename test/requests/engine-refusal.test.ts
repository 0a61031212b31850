import { afterAll, beforeAll, expect, it } from "vitest";
import { runOperatorRequest } from "../../src/requests/operations/operator-request.js";
import { onEachDatabase, registerFrom } from "../datasets/live.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";

const YAML = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: WB_REFUSAL_URL }
  collections:
    members:
      connection: app
      table: members
      fields:
        email: { category: contact.email, identity: email }
        naam: { category: identity.name }
`;

onEachDatabase(
  "an erasure the database would refuse, run as a request",
  async (db) => {
    await db.schema
      .createTable("members")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("email", "varchar(255)")
      .addColumn("name", "varchar(200)")
      .execute();
    await db.insertInto("members").values({ id: 1, email: "jan@example.nl", name: "Jan" }).execute();
  },
  (live) => {
    let f: Fixture;
    beforeAll(async () => {
      if (!live.run) return;
      const datasets = (await registerFrom(YAML)).datasets;
      f = await lifecycleFixture({ register: (r) => ({ ...r, datasets, rights: { ...r.rights, approval: [] } }) });
      f.ctx.env.WB_REFUSAL_URL = live.url();
    });
    afterAll(() => f?.close());

    it.runIf(live.run)("is refused before anything changes, with the reason in its history and audit log", async () => {
      const result = await runOperatorRequest(f.ctx, {
        type: "erasure",
        identities: [{ type: "email", value: "jan@example.nl" }],
        lang: "en",
      });
      expect(result.status).toBe("in_progress");
      expect(result.handedOver).toBeUndefined();
      expect(result.refused).toContain('members: table "members" has no column "naam"');
      expect(result.events.map((e) => e.kind)).toContain("refused_by_engine");
      expect(JSON.stringify(result.events)).not.toContain("jan@example.nl");
      const row = await live.connector().db.selectFrom("members").selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ email: "jan@example.nl", name: "Jan" });
      const audit = await f.store.db
        .selectFrom("audit_log")
        .select("action")
        .where("subject_id", "=", result.requestId)
        .execute();
      expect(audit.map((a) => a.action)).toContain("request.refused_by_engine");
    });
  },
);
