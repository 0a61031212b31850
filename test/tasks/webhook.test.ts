import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAudit } from "../../src/audit/store.js";
import { buildApp } from "../../src/http/app.js";
import { registerHandlers } from "../../src/jobs/handlers.js";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { downloadPackage } from "../../src/requests/operations/download-package.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { remindTasks } from "../../src/requests/operations/remind-tasks.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { sendTaskWebhook } from "../../src/requests/operations/send-task-webhook.js";
import { taskByLink } from "../../src/requests/operations/task-link.js";
import { readEvents } from "../../src/requests/records.js";
import { SIGNATURE_HEADER, signWebhook, verifyWebhook } from "../../src/requests/webhook-signature.js";
import type { Register } from "../../src/register/schema/register.js";
import { serviceHandlers } from "../../src/service/handlers.js";
import { tasksOfRequest } from "../../src/tasks/index.js";
import { describeEachStore } from "../helpers/stores.js";
import { type Fixture, lifecycleFixture, unzip } from "../requests/fixture.js";
import { verified } from "./fixture.js";

const SECRET = "crm-webhook-secret-0123456789";

/** The demo register with one webhook system, the company's CRM, reached by access and erasure. */
function withWebhookSystem(register: Register): Register {
  return {
    ...register,
    datasets: {
      ...register.datasets!,
      systems: {
        crm: {
          kind: "webhook",
          name: "Customer CRM",
          url_env: "CRM_HOOK_URL",
          secret_env: "CRM_HOOK_SECRET",
          requests: ["access", "erasure"],
          categories: ["contact.name"],
          due_within: "10 days",
        },
      },
    },
  };
}

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
  json: { request_id: string; request_type: string; callback_url: string; [k: string]: unknown };
}

/** The company's own service: checks each request's signature and answers `statuses` in turn, then 202. */
class CompanyService {
  received: Received[] = [];
  refusedSignatures = 0;
  statuses: number[] = [];
  server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      const signature = String(req.headers[SIGNATURE_HEADER.toLowerCase()] ?? "");
      if (!verifyWebhook(SECRET, body, signature, { toleranceSeconds: 10 ** 9 })) {
        this.refusedSignatures++;
        res.statusCode = 401;
      } else {
        this.received.push({ headers: req.headers, body, json: JSON.parse(body) as Received["json"] });
        res.statusCode = this.statuses.shift() ?? 202;
      }
      res.end();
    });
  });
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/waarborg`;
  }
  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
  about(requestId: string): Received {
    const found = this.received.find((r) => r.json.request_id === requestId);
    if (!found) throw new Error("the service was not sent the request");
    return found;
  }
}

/** The service's answer at its callback URL, through the HTTP app, signed with `secret` (none: unsigned). */
async function answer(app: FastifyInstance, f: Fixture, callbackUrl: string, body: unknown, secret?: string) {
  const text = JSON.stringify(body);
  const response = await app.inject({
    method: "POST",
    url: new URL(callbackUrl).pathname,
    headers: {
      "content-type": "application/json",
      ...(secret ? { [SIGNATURE_HEADER]: signWebhook(secret, text, f.ctx.now()) } : {}),
    },
    payload: text,
  });
  return { status: response.statusCode, json: response.json() as Record<string, unknown> };
}

await describeEachStore("webhook systems", (kind) => {
  describe("a request that reaches a webhook system, through the queue", () => {
    let f: Fixture;
    let app: FastifyInstance;
    const service = new CompanyService();
    beforeAll(async () => {
      const url = await service.listen();
      f = await lifecycleFixture({ store: kind, register: withWebhookSystem, start: new Date().toISOString() });
      f.ctx.env.CRM_HOOK_URL = url;
      f.ctx.env.CRM_HOOK_SECRET = SECRET;
      app = buildApp(f.ctx);
      await f.queue.start();
      await registerHandlers(f.queue, serviceHandlers(f.ctx));
    });
    afterAll(async () => {
      await app.close();
      await f.close();
      await service.close();
    });

    it("sends a signed request, tries again after a 500, and completes an access with the records in the package", async () => {
      const email = f.emails[2]!;
      service.statuses = [500];
      const filed = await verified(f, "access", email);
      await f.queue.drain({ timeoutMs: 30_000 });
      expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("in_progress");

      // Two tries reached the service (the first answered 500); each signed, so none was refused.
      expect(service.refusedSignatures).toBe(0);
      const sent = service.received.filter((r) => r.json.request_id === filed.requestId);
      expect(sent).toHaveLength(2);
      const hook = service.about(filed.requestId);
      expect(hook.json).toMatchObject({ type: "waarborg.task", request_type: "access", system: "crm" });
      expect(hook.json.subject_identities).toEqual([{ identity_type: "email", identity_value: email }]);
      expect(hook.json.callback_url).toMatch(/^https:\/\/privacy\.klantwijs\.example\/hooks\/tasks\/[\w.-]+$/);
      expect(hook.json.callback_url).not.toContain(email);

      let events = await readEvents(f.store.db, filed.requestId);
      expect(events.filter((e) => e.kind === "webhook_sent")).toHaveLength(1);
      expect(JSON.stringify(events.filter((e) => e.kind.startsWith("webhook_")))).not.toContain(email);
      // Nobody is mailed: the task went to a machine.
      expect(await f.mailsTo("")).toEqual([]);

      const callback = hook.json.callback_url;
      const records = [{ id: 17, email, plan: "gold" }];
      // The token alone is not enough: unsigned, or signed with another secret, is refused.
      expect((await answer(app, f, callback, { status: "done", records })).status).toBe(401);
      expect((await answer(app, f, callback, { status: "done", records }, "another-secret")).status).toBe(401);
      // Nor does the callback's token open the owners' answer page.
      await expect(taskByLink(f.ctx, new URL(callback).pathname.split("/").pop()!)).rejects.toThrow("no such task");
      // Unknown fields and bad values are named by their path.
      const unknown = await answer(app, f, callback, { status: "done", rows: [] }, SECRET);
      expect(unknown).toMatchObject({ status: 400, json: { error: { field: "rows" } } });
      const bad = await answer(app, f, callback, { status: "done", records: [{ id: 1 }, 5] }, SECRET);
      expect(bad).toMatchObject({ status: 400, json: { error: { field: "records[1]" } } });
      expect(JSON.stringify(bad.json)).not.toContain(email);

      expect(await answer(app, f, callback, { status: "done", records }, SECRET)).toEqual({
        status: 200,
        json: { open_tasks: 0 },
      });
      // The token is single-use: the first answer stands.
      expect((await answer(app, f, callback, { status: "nothing_found" }, SECRET)).status).toBe(409);

      await f.queue.drain({ timeoutMs: 30_000 });
      const status = await requestStatus(f.ctx, filed.statusToken);
      expect(status.status).toBe("completed");
      const url = status.download!.url;
      const files = await unzip((await downloadPackage(f.ctx, url.slice(url.lastIndexOf("/") + 1))).content);
      expect(JSON.parse(files.get("systems/crm/records.json")!.toString())).toEqual(records);
      expect(files.get("index.html")!.toString()).toContain("Customer CRM");
      // Stored sealed: the records are nowhere readable in the store's row.
      const stored = await f.store.db.selectFrom("task_files").select(["content"]).execute();
      expect(stored.some((s) => Buffer.from(s.content).includes(email))).toBe(false);

      events = await readEvents(f.store.db, filed.requestId);
      expect(events.find((e) => e.kind === "task_answered")).toMatchObject({
        actor: "system",
        data: { system: "crm", answer: "files", files: 1 },
      });
      const audit = await readAudit(f.store, { subjectId: filed.requestId });
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(["request.task_created", "request.webhook_sent", "request.task_answered"]),
      );
      expect(JSON.stringify(audit)).not.toContain(email);
    });

    it("completes an erasure once the service answers done", async () => {
      const email = f.emails[4]!;
      const filed = await verified(f, "erasure", email);
      await approveRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer-1" });
      await f.queue.drain({ timeoutMs: 30_000 });
      expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("in_progress");
      const hook = service.about(filed.requestId);
      expect(hook.json.request_type).toBe("erasure");
      // Records answer an access, not an erasure.
      const refused = await answer(app, f, hook.json.callback_url, { status: "nothing_found", records: [] }, SECRET);
      expect(refused).toMatchObject({ status: 400, json: { error: { field: "records" } } });
      expect((await answer(app, f, hook.json.callback_url, { status: "done" }, SECRET)).status).toBe(200);
      await f.queue.drain({ timeoutMs: 30_000 });
      expect(["completed", "partially_completed"]).toContain((await requestStatus(f.ctx, filed.statusToken)).status);
      const events = await readEvents(f.store.db, filed.requestId);
      expect(events.find((e) => e.kind === "task_answered")!.data.answer).toBe("done");
    });
  });

  describe("a webhook system that does not answer", () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind, register: withWebhookSystem });
      f.ctx.env.CRM_HOOK_SECRET = SECRET;
    });
    afterAll(() => f.close());

    it("records a failure on the last try, and escalates an overdue task to the privacy officer", async () => {
      const filed = await verified(f, "access", f.emails[3]!);
      expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "in_progress" });
      const [task] = await tasksOfRequest(f.store.db, filed.requestId, "2026-03-02");
      // No URL configured: the job fails, and its last try is recorded without the person.
      await expect(sendTaskWebhook(f.ctx, task!.id, { lastAttempt: true })).rejects.toThrow("CRM_HOOK_URL is not set");
      const failed = (await readEvents(f.store.db, filed.requestId)).filter((e) => e.kind === "webhook_failed");
      expect(failed.map((e) => e.data.system)).toEqual(["crm"]);
      // Another request whose webhook never gets through: its task is escalated all the same.
      const unsent = await verified(f, "access", f.emails[5]!);
      expect(await processRequest(f.ctx, unsent.requestId)).toEqual({ status: "in_progress" });

      const service = new CompanyService();
      f.ctx.env.CRM_HOOK_URL = await service.listen();
      try {
        await sendTaskWebhook(f.ctx, task!.id);
        // Sent once only: a retried job finds it sent.
        await sendTaskWebhook(f.ctx, task!.id);
        expect(service.received).toHaveLength(1);
      } finally {
        await service.close();
      }
      f.clock.set("2026-03-13T09:00:00Z");
      expect(await remindTasks(f.ctx)).toEqual({ reminded: 0, escalated: 2 });
      expect(await remindTasks(f.ctx)).toEqual({ reminded: 0, escalated: 0 });
      const officer = f.ctx.register.organization.privacy_officer?.email ?? f.ctx.register.organization.dpo?.email;
      for (const requestId of [filed.requestId, unsent.requestId]) {
        const mails = (await f.mailsTo(officer!)).filter((m) => m.text.includes(requestId));
        expect(mails).toHaveLength(1);
        expect(mails[0]!.text).toContain("Customer CRM");
      }
    });
  });
});
