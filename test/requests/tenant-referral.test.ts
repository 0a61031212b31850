import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { PackageFile } from "../../src/datasets/index.js";
import { buildApp } from "../../src/http/app.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { fileTenantRequest } from "../../src/requests/operations/file-tenant-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { requestDetail } from "../../src/requests/operations/request-detail.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { setTenant } from "../../src/tenants/index.js";
import { onEachDatabase, registerFrom } from "../datasets/live.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";

// The company's own customers (accounts), and its customers' end users (members), which it processes
// for each tenant. Jan has an account with the company and is a member at tenants a, b and c.
const YAML = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: WB_REFERRAL_URL }
  collections:
    accounts:
      connection: app
      table: accounts
      erasure: delete
      fields:
        email: { category: contact.email, identity: email }
        name: { category: identity.name }
    members:
      connection: app
      table: members
      tenant: tenant_id
      processed_for_tenant: true
      erasure: delete
      fields:
        email: { category: contact.email, identity: email }
        name: { category: identity.name }
`;
const JAN = "jan@example.nl";

onEachDatabase(
  "a person's own request, referred for the data the company processes for its customers",
  async (db) => {
    await db.schema
      .createTable("accounts")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("email", "varchar(255)")
      .addColumn("name", "varchar(200)")
      .execute();
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
    beforeAll(async () => {
      if (!live.run) return;
      const datasets = (await registerFrom(YAML)).datasets;
      f = await lifecycleFixture({ register: (r) => ({ ...r, datasets, rights: { ...r.rights, approval: [] } }) });
      f.ctx.env.WB_REFERRAL_URL = live.url();
      await setTenant(f.ctx, "a", { name: "Atelier A", email: "privacy@a.example" }, "operator");
      await setTenant(f.ctx, "b", { name: "Bakkerij B", url: "https://b.example/privacy" }, "operator");
    });
    afterAll(() => f?.close());
    beforeEach(async () => {
      if (!live.run) return;
      const db = live.connector().db;
      for (const t of ["accounts", "members"]) await db.deleteFrom(t).execute();
      await db
        .insertInto("accounts")
        .values([{ id: 1, email: JAN, name: "Jan" }])
        .execute();
      await db
        .insertInto("members")
        .values([
          { id: 1, tenant_id: "a", email: JAN, name: "Jan at A" },
          { id: 2, tenant_id: "b", email: "Jan@Example.nl", name: "Jan at B" },
          { id: 3, tenant_id: "c", email: JAN, name: "Jan at C" },
          { id: 4, tenant_id: "d", email: "kim@example.nl", name: "Kim at D" },
        ])
        .execute();
    });
    const memberRows = () => live.connector().db.selectFrom("members").selectAll().orderBy("id").execute();

    // A tenant's request starts verified by the tenant; the person's own is confirmed with the code.
    const fileAndRun = async (type: "access" | "erasure", tenant?: string) => {
      const request = { type, identities: [{ type: "email", value: JAN }], lang: "en" };
      let filed: { requestId: string; statusToken: string };
      if (tenant !== undefined) {
        const { requestId } = await fileTenantRequest(f.ctx, request, { tenant, token: { id: "t-1", name: "app" } });
        filed = { requestId, statusToken: "" };
      } else {
        filed = await fileRequest(f.ctx, request);
        expect(await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(JAN, filed.statusToken) })).toEqual({
          ok: true,
        });
      }
      let files: readonly PackageFile[] = [];
      const result = await processRequest(f.ctx, filed.requestId, { keepFiles: (kept) => (files = kept) });
      const detail = await requestDetail(f.ctx, filed.requestId);
      const completion = detail.events.find((e) => e.kind === "complete" || e.kind === "complete_partially");
      return { ...filed, result, files, data: completion?.data ?? {} };
    };
    const completionMail = async () =>
      (await f.mailsTo(JAN)).filter((m) => /^Completed/.test(m.subject)).map((m) => m.text)[0] ?? "";

    it.runIf(live.run)(
      "gives the person their own rows only, and names each customer holding theirs with its contact",
      async () => {
        const run = await fileAndRun("access");
        expect(run.result.status).toBe("completed");
        expect(run.data.collections).toEqual([{ collection: "accounts", rows: 1 }]);
        expect(run.data.referred).toEqual(["a", "b", "c"]);
        const data = JSON.parse(run.files.find((file) => file.name === "data.json")!.content.toString());
        expect(JSON.stringify(data)).not.toContain("Jan at");
        expect(run.files.map((file) => file.name)).not.toContain("members.csv");
        const referral = run.files.find((file) => file.name === "customers.txt")!.content.toString();
        expect(referral).toContain("- Atelier A: privacy@a.example");
        expect(referral).toContain("- Bakkerij B: https://b.example/privacy");
        // The tenant the directory does not know is a customer, never its raw key.
        expect(referral).toMatch(/- a customer of .+ \(we have not recorded that customer's contact details\)/);
        expect(referral).not.toMatch(/\bc\b/);
        expect(run.files.find((file) => file.name === "index.html")!.content.toString()).toContain("Atelier A");

        const view = await requestStatus(f.ctx, run.statusToken);
        expect(view.referrals).toEqual([
          { name: "Atelier A", email: "privacy@a.example" },
          { name: "Bakkerij B", url: "https://b.example/privacy" },
          {},
        ]);
        const mail = await completionMail();
        expect(mail).toContain("we have neither disclosed nor changed it");
        expect(mail).toContain("Atelier A: privacy@a.example");

        // The status page says the same in either language, under a heading of its own.
        const app = buildApp(f.ctx);
        try {
          for (const [lang, heading, unknown] of [
            ["en", "Data we process for our customers", "a customer of"],
            ["nl", "Gegevens die wij voor onze klanten verwerken", "een klant van"],
          ] as const) {
            const page = await app.inject({ method: "GET", url: `/status/${run.statusToken}?lang=${lang}` });
            expect(page.statusCode).toBe(200);
            expect(page.body).toContain(`<h2 id="referral">${heading}</h2>`);
            expect(page.body).toContain("Bakkerij B: https://b.example/privacy");
            expect(page.body).toContain(unknown);
          }
        } finally {
          await app.close();
        }
      },
    );

    it.runIf(live.run)("erases the person's own rows and leaves the customers' rows exactly as they were", async () => {
      const before = await memberRows();
      const run = await fileAndRun("erasure");
      expect(run.result.status).toBe("completed");
      expect(await live.connector().db.selectFrom("accounts").selectAll().execute()).toEqual([]);
      expect(await memberRows()).toEqual(before);
      expect(run.data.referred).toEqual(["a", "b", "c"]);
      expect(run.data.collections).toEqual([expect.objectContaining({ collection: "accounts", erased: 1 })]);
      // The console's plan shows the collection as left to the tenants, as the run did.
      const plan = (await requestDetail(f.ctx, run.requestId)).plan!;
      expect(plan.steps.map((s) => s.collection)).toEqual(["accounts"]);
      expect(plan.referred).toEqual(["members"]);
      // The customer with an e-mail address is told a person was referred to it, and nothing about them.
      const notices = await f.mailsTo("privacy@a.example");
      expect(notices.filter((m) => m.text.includes(run.requestId))).toHaveLength(1);
      const notice = notices.find((m) => m.text.includes(run.requestId))!;
      expect(notice.subject).toMatch(/^Doorverwezen naar u|^Referred to you/);
      expect(notice.text).toContain("Atelier A");
      expect(`${notice.subject}${notice.text}`).not.toMatch(/jan/i);
      // Told once: a second pass of the job finds the notice in the events.
      await processRequest(f.ctx, run.requestId);
      expect((await f.mailsTo("privacy@a.example")).filter((m) => m.text.includes(run.requestId))).toHaveLength(1);
    });

    it.runIf(live.run)("lets a tenant's own request reach its rows there, and refers no one", async () => {
      const whole = f.ctx.register;
      const onlyMembers = (await registerFrom(YAML.replace(/ {4}accounts:[\s\S]*?(?= {4}members:)/, ""))).datasets;
      f.ctx.register = { ...whole, datasets: onlyMembers };
      try {
        const run = await fileAndRun("erasure", "a");
        expect(run.result.status).toBe("completed");
        expect(run.data).not.toHaveProperty("referred");
        expect((await memberRows()).map((r) => r.id)).toEqual([2, 3, 4]);
      } finally {
        f.ctx.register = whole;
      }
    });

    it.runIf(live.run)("refers no one when the person is no customer's end user", async () => {
      await live.connector().db.deleteFrom("members").where("email", "in", [JAN, "Jan@Example.nl"]).execute();
      const run = await fileAndRun("access");
      expect(run.data).not.toHaveProperty("referred");
      expect(run.files.map((file) => file.name)).not.toContain("customers.txt");
      expect((await requestStatus(f.ctx, run.statusToken)).referrals).toEqual([]);
    });
  },
);
