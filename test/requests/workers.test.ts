import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerHandlers } from "../../src/jobs/handlers.js";
import { serviceHandlers } from "../../src/service/handlers.js";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { notifyRecipient } from "../../src/requests/operations/notify-recipient.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { verifyWebhook } from "../../src/requests/webhook-signature.js";
import type { Register } from "../../src/register/schema/register.js";
import { type Fixture, lifecycleFixture, WEBHOOK_SECRET } from "./fixture.js";
import { acknowledgementUrl, noticesOf } from "../../src/requests/notices.js";
import { describeEachStore } from "../helpers/stores.js";

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}

/** A recipient's webhook endpoint on loopback; answers with `status`. */
class Endpoint {
  received: Received[] = [];
  status = 204;
  server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      this.received.push({ headers: req.headers, body });
      res.statusCode = this.status;
      res.end();
    });
  });
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/privacy-hook`;
  }
  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const PERSON = "i.smit@planet.example";

await describeEachStore("the workers", (kind) => {
  describe("the workers: request processing and Art. 19 webhooks through the queue", () => {
    let f: Fixture;
    const endpoint = new Endpoint();
    beforeAll(async () => {
      const url = await endpoint.listen();
      const withHook = (register: Register): Register => ({
        ...register,
        recipients: {
          ...register.recipients,
          helpdesk: { ...register.recipients.helpdesk!, notify: { webhook: url } },
        },
      });
      f = await lifecycleFixture({ store: kind, register: withHook, start: new Date().toISOString() });
      await f.queue.start();
      await registerHandlers(f.queue, serviceHandlers(f.ctx));
    });
    afterAll(async () => {
      await f.close();
      await endpoint.close();
    });

    it("a verified and approved erasure is carried out by the worker, and the recipient's webhook gets a signed notice", async () => {
      const filed = await fileRequest(f.ctx, {
        type: "erasure",
        identities: [{ type: "email", value: PERSON }],
        lang: "en",
      });
      await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(PERSON, filed.statusToken) });
      await approveRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer" });
      await f.queue.drain({ timeoutMs: 30_000 });
      expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("partially_completed");

      expect(endpoint.received).toHaveLength(1);
      const [hook] = endpoint.received;
      expect(hook!.headers["content-type"]).toBe("application/json");
      const signature = String(hook!.headers["waarborg-signature"]);
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature)!;
      expect(v1).toBe(createHmac("sha256", WEBHOOK_SECRET).update(`${t}.${hook!.body}`).digest("hex"));
      expect(verifyWebhook(WEBHOOK_SECRET, hook!.body, signature)).toBe(true);
      expect(verifyWebhook("another-secret", hook!.body, signature)).toBe(false);
      expect(verifyWebhook(WEBHOOK_SECRET, hook!.body.replace("erasure", "rectification"), signature)).toBe(false);
      expect(verifyWebhook(WEBHOOK_SECRET, hook!.body, signature, { now: new Date(Date.now() + 3_600_000) })).toBe(
        false,
      );
      expect(JSON.parse(hook!.body)).toMatchObject({
        type: "art19.notice",
        change: "erasure",
        request_id: filed.requestId,
        controller: "Klantwijs B.V.",
        subject_identities: [{ identity_type: "email", identity_value: PERSON, identity_format: "raw" }],
      });
      // The webhook acknowledges by calling back this URL: the notice's own, with no personal data in it.
      const [notice] = (await noticesOf(f.ctx, filed.requestId)).filter((n) => n.recipient === "helpdesk");
      expect(notice).toMatchObject({ channel: "webhook", state: "sent" });
      expect(JSON.parse(hook!.body).acknowledge_url).toBe(acknowledgementUrl(f.ctx, notice!.id));
      const events = await f.store.db
        .selectFrom("request_events")
        .select(["kind", "data"])
        .where("request_id", "=", filed.requestId)
        .where("kind", "like", "recipient_%")
        .orderBy("id")
        .execute();
      expect(events.map((e) => [e.kind, JSON.parse(e.data).recipient])).toEqual([
        ["recipient_notified", "email_delivery"],
        ["recipient_notify_queued", "helpdesk"],
        ["recipient_notified", "helpdesk"],
      ]);

      // Idempotent: the same job again sends nothing.
      await notifyRecipient(f.ctx, { requestId: filed.requestId, recipient: "helpdesk" });
      expect(endpoint.received).toHaveLength(1);
    });

    it("a refused delivery fails with the recipient and the status, never the body", async () => {
      const email = f.emails[5]!;
      const filed = await fileRequest(f.ctx, {
        type: "restriction",
        identities: [{ type: "email", value: email }],
        lang: "en",
      });
      endpoint.status = 500;
      await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) });
      await f.queue.waitForIdle({ timeoutMs: 30_000 });
      expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("completed");
      const error = await notifyRecipient(f.ctx, { requestId: filed.requestId, recipient: "helpdesk" }).catch(
        (e: Error) => e,
      );
      expect((error as Error).message).toBe('webhook of recipient "helpdesk" answered HTTP 500');
      endpoint.status = 204;
      await f.queue.drain({ timeoutMs: 30_000 });
      const last = endpoint.received.at(-1)!;
      expect(JSON.parse(last.body)).toMatchObject({ change: "restriction", request_id: filed.requestId });
      const jobs = await f.store.db.selectFrom("jobs").select(["queue", "last_error", "payload"]).execute();
      for (const job of jobs) {
        expect(job.payload).not.toContain(email);
        expect(job.last_error ?? "").not.toContain(email);
      }
    });

    it("records on the request that a recipient could not be told once the queue's last attempt fails", async () => {
      const email = f.emails[6]!;
      const filed = await fileRequest(f.ctx, {
        type: "restriction",
        identities: [{ type: "email", value: email }],
        lang: "en",
      });
      endpoint.status = 503;
      try {
        await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) });
        // The delivery job runs, is retried with backoff, and fails for good.
        await f.queue.drain({ timeoutMs: 30_000 });
      } finally {
        endpoint.status = 204;
      }
      const events = await f.store.db
        .selectFrom("request_events")
        .select(["kind", "data"])
        .where("request_id", "=", filed.requestId)
        .where("kind", "in", ["recipient_notified", "recipient_notify_failed"])
        .execute();
      // The recipient told by e-mail was told; the webhook's recipient was not, and the history says so.
      expect(events.map((e) => [e.kind, JSON.parse(e.data)])).toEqual([
        ["recipient_notified", { recipient: "email_delivery", channel: "email" }],
        [
          "recipient_notify_failed",
          { recipient: "helpdesk", error: 'webhook of recipient "helpdesk" answered HTTP 503' },
        ],
      ]);
    });

    it("refuses to send an unsigned webhook", async () => {
      const { WAARBORG_WEBHOOK_SECRET: _s, ...env } = f.ctx.env;
      const row = await f.store.db.selectFrom("requests").select("id").where("type", "=", "erasure").executeTakeFirst();
      await f.store.db.deleteFrom("request_events").where("kind", "=", "recipient_notified").execute();
      await expect(notifyRecipient({ ...f.ctx, env }, { requestId: row!.id, recipient: "helpdesk" })).rejects.toThrow(
        "WAARBORG_WEBHOOK_SECRET is not set",
      );
    });
  });
});
