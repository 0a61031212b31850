import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { fileTenantRequest } from "../../src/requests/operations/file-tenant-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { requestDetail } from "../../src/requests/operations/request-detail.js";
import { onEachDatabase, registerFrom } from "../datasets/live.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";

// Two customers of the company (tenants a and b), each with an end user of the same address.
const YAML = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: WB_TENANT_URL }
  collections:
    members:
      connection: app
      table: members
      tenant: tenant_id
      erasure: delete
      fields:
        email: { category: contact.email, identity: email }
        name: { category: identity.name }
`;

onEachDatabase(
  "a tenant's erasure, filed and run as a request",
  async (db) => {
    await db.schema
      .createTable("members")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("tenant_id", "varchar(20)")
      .addColumn("email", "varchar(255)")
      .addColumn("name", "varchar(200)")
      .execute();
  },
  (live) => {
    let f: Fixture;
    const useRegister = async (yaml: string) => {
      const datasets = (await registerFrom(yaml)).datasets;
      f.ctx.register = { ...f.ctx.register, datasets };
    };
    beforeAll(async () => {
      if (!live.run) return;
      const datasets = (await registerFrom(YAML)).datasets;
      f = await lifecycleFixture({ register: (r) => ({ ...r, datasets, rights: { ...r.rights, approval: [] } }) });
      f.ctx.env.WB_TENANT_URL = live.url();
    });
    afterAll(() => f?.close());
    beforeEach(async () => {
      if (!live.run) return;
      const db = live.connector().db;
      await db.deleteFrom("members").execute();
      await db
        .insertInto("members")
        .values([
          { id: 1, tenant_id: "a", email: "jan@example.nl", name: "Jan at A" },
          { id: 2, tenant_id: "b", email: "jan@example.nl", name: "Jan at B" },
        ])
        .execute();
    });
    const members = () => live.connector().db.selectFrom("members").selectAll().orderBy("id").execute();

    const fileAndRun = async (tenant: string) => {
      // The tenant identified its user: the request starts verified, without a code.
      const filed = await fileTenantRequest(
        f.ctx,
        { type: "erasure", identities: [{ type: "email", value: "jan@example.nl" }], lang: "en" },
        { tenant, token: { id: "t1", name: `customer ${tenant}` } },
      );
      expect(filed.status).toBe("verified");
      return { id: filed.requestId, result: await processRequest(f.ctx, filed.requestId) };
    };

    it.runIf(live.run)("erases the tenant's row and leaves the other tenant's as it was", async () => {
      await useRegister(YAML);
      const before = await members();
      const { result } = await fileAndRun("a");
      expect(result.status).toBe("completed");
      expect(await members()).toEqual(before.filter((r) => r.id !== 1));
    });

    it.runIf(live.run)(
      "is refused before anything changes where no tenant column says whose rows are whose",
      async () => {
        await useRegister(YAML.replace("      tenant: tenant_id\n", ""));
        const before = await members();
        const { id, result } = await fileAndRun("a");
        expect(result.status).toBe("in_progress");
        const detail = await requestDetail(f.ctx, id);
        const refusal = detail.events.find((e) => e.kind === "refused_by_engine");
        expect(refusal?.data).toMatchObject({
          message: expect.stringMatching(/starts at members, which name no tenant column/),
        });
        expect(await members()).toEqual(before);
      },
    );
  },
);
