import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAudit } from "../../src/audit/store.js";
import { buildApp } from "../../src/http/app.js";
import { registerHandlers } from "../../src/jobs/handlers.js";
import { answerTaskByLink } from "../../src/requests/operations/task-link.js";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { downloadPackage } from "../../src/requests/operations/download-package.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { SIGNATURE_HEADER, signWebhook } from "../../src/requests/webhook-signature.js";
import type { Register } from "../../src/register/schema/register.js";
import { serviceHandlers } from "../../src/service/handlers.js";
import { openTasksOf } from "../../src/tasks/index.js";
import { FakeMailchimp, MAILCHIMP_KEY } from "../systems/fakes/mailchimp.js";
import { exampleSystem } from "../systems/helpers.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { type Fixture, lifecycleFixture, unzip } from "../requests/fixture.js";
import { ARCHIVE_OWNER, answerToken, verified, withManualSystems } from "./fixture.js";

/** The demo person with rows in the database. */
const PERSON = "i.smit@planet.example";
const SECRET = "crm-webhook-secret-0123456789";

/** The database, an HTTP API (Mailchimp), a webhook system (the CRM) and a manual one (the paper archive). */
function withFourSystems(register: Register): Register {
  const manual = withManualSystems(register).datasets!.systems;
  return {
    ...register,
    datasets: {
      ...register.datasets!,
      systems: {
        mailchimp: exampleSystem("mailchimp"),
        crm: {
          kind: "webhook",
          name: "Customer CRM",
          url_env: "CRM_HOOK_URL",
          secret_env: "CRM_HOOK_SECRET",
          requests: ["access", "erasure"],
          categories: ["contact.name"],
          due_within: "10 days",
        },
        paper_archive: manual.paper_archive!,
      },
    },
  };
}

/** The CRM: takes each signed request (202) and keeps the callback URL, answered by the test later. */
class Crm {
  callbacks = new Map<string, string>();
  server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      const json = JSON.parse(body) as { request_id: string; callback_url: string };
      this.callbacks.set(json.request_id, json.callback_url);
      res.statusCode = 202;
      res.end();
    });
  });
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }
  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

for (const dialect of dialectsUnderTest()) {
  describe(`an access and an erasure reaching a database on ${dialect}, an API, a webhook system and a manual task`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let f: Fixture;
    let app: FastifyInstance;
    const mailchimp = new FakeMailchimp();
    const crm = new Crm();

    async function audited(requestId: string) {
      const entries = await readAudit(f.store, { subjectId: requestId });
      return entries.map((a) => ({ action: a.action, data: JSON.parse(a.data) as Record<string, unknown> }));
    }

    async function crmAnswers(requestId: string, body: unknown) {
      const text = JSON.stringify(body);
      const response = await app.inject({
        method: "POST",
        url: new URL(crm.callbacks.get(requestId)!).pathname,
        headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signWebhook(SECRET, text, f.ctx.now()) },
        payload: text,
      });
      expect(response.statusCode).toBe(200);
    }

    beforeAll(async () => {
      if (!run) return;
      database = await createTestDatabase(dialect);
      f = await lifecycleFixture({
        register: withFourSystems,
        start: new Date().toISOString(),
        demoUrl: database.url,
      });
      f.ctx.env.MAILCHIMP_API_URL = `${await mailchimp.listen()}/3.0`;
      f.ctx.env.MAILCHIMP_API_KEY = MAILCHIMP_KEY;
      f.ctx.env.CRM_HOOK_URL = await crm.listen();
      f.ctx.env.CRM_HOOK_SECRET = SECRET;
      mailchimp.add({
        email_address: PERSON,
        status: "subscribed",
        merge_fields: { FNAME: "Ilse", LNAME: "Smit" },
        ip_signup: "192.0.2.44",
        timestamp_signup: "2024-05-06T07:08:09+00:00",
      });
      app = buildApp(f.ctx);
      await f.queue.start();
      await registerHandlers(f.queue, serviceHandlers(f.ctx));
    });
    afterAll(async () => {
      await app?.close();
      await f?.close();
      await database?.drop();
      await mailchimp.close();
      await crm.close();
    });

    it.runIf(run)("access: the package holds all four, and the audit log records each", async () => {
      const filed = await verified(f, "access", PERSON);
      await f.queue.drain({ timeoutMs: 30_000 });
      expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("in_progress");
      await crmAnswers(filed.requestId, { status: "done", records: [{ customer: 4711, segment: "retail" }] });
      const token = await answerToken(f, ARCHIVE_OWNER, filed.requestId);
      const scan = Buffer.from("%PDF-1.4 folder");
      await answerTaskByLink(f.ctx, token, {
        answer: "files",
        files: [{ name: "folder.pdf", mediaType: "application/pdf", content: scan }],
      });
      await f.queue.drain({ timeoutMs: 30_000 });
      const view = await requestStatus(f.ctx, filed.statusToken);
      expect(view.status).toBe("completed");

      const pkg = await downloadPackage(f.ctx, /\/download\/([\w-]+)/.exec(view.download!.url)![1]!);
      const files = await unzip(pkg.content);
      // The database, the API, the webhook system and the manual one.
      expect([...files.keys()]).toEqual(
        expect.arrayContaining([
          "users.csv",
          "mailchimp.csv",
          "systems/crm/records.json",
          "systems/paper_archive/folder.pdf",
        ]),
      );
      expect(JSON.parse(files.get("systems/crm/records.json")!.toString())).toEqual([
        { customer: 4711, segment: "retail" },
      ]);
      expect(files.get("systems/paper_archive/folder.pdf")).toEqual(scan);
      // The CRM was not searched by hand, and the readable answer does not say it was.
      const html = files.get("index.html")!.toString();
      expect(html).toContain("Systems searched by hand");
      expect(html).toContain("Systems that answered themselves");
      expect(html.indexOf("Customer CRM")).toBeGreaterThan(html.indexOf("Systems that answered themselves"));

      const actions = (await audited(filed.requestId)).map((a) => [a.action, a.data.system]);
      expect(actions).toEqual(
        expect.arrayContaining([
          ["request.system_access", "mailchimp"],
          ["request.task_created", "crm"],
          ["request.task_created", "paper_archive"],
          ["request.webhook_sent", "crm"],
          ["request.task_answered", "crm"],
          ["request.task_answered", "paper_archive"],
        ]),
      );
      expect(actions.some(([action]) => action === "request.complete")).toBe(true);
    });

    it.runIf(run)(
      "erasure: the database, the API, the webhook system and the manual task each act, and each is audited",
      async () => {
        const filed = await verified(f, "erasure", PERSON);
        await approveRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer-1" });
        await f.queue.drain({ timeoutMs: 30_000 });
        expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("in_progress");
        // The database and the API are done while both tasks are still open: no waiting for them.
        expect(await openTasksOf(f.store.db, filed.requestId)).toBe(2);
        expect(await f.demo.db.selectFrom("users").select("id").where("email", "=", PERSON).execute()).toEqual([]);
        expect(mailchimp.members.size).toBe(0);
        await crmAnswers(filed.requestId, { status: "done" });
        await answerTaskByLink(f.ctx, await answerToken(f, ARCHIVE_OWNER, filed.requestId), { answer: "done" });
        await f.queue.drain({ timeoutMs: 30_000 });
        // The demo's invoices are under a tax hold: the erasure completes partially.
        expect(["completed", "partially_completed"]).toContain((await requestStatus(f.ctx, filed.statusToken)).status);
        expect(mailchimp.members.size).toBe(0);

        const audit = await audited(filed.requestId);
        const actions = audit.map((a) => [a.action, a.data.system]);
        expect(actions).toEqual(
          expect.arrayContaining([
            ["request.system_erasure", "mailchimp"],
            ["request.webhook_sent", "crm"],
            ["request.task_answered", "crm"],
            ["request.task_answered", "paper_archive"],
          ]),
        );
        const completion = audit.find((a) => a.action.startsWith("request.complete"))!;
        expect(Number(completion.data.erased)).toBeGreaterThan(0);
        // The completion carries what the engine recorded before the tasks were answered.
        const engine = audit.find((a) => a.action === "request.engine_done")!;
        expect(completion.data.erased).toBe(engine.data.erased);
      },
    );
  });
}
