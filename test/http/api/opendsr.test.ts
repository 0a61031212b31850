import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hmacSha256Hex } from "../../../src/crypto/index.js";
import { OPENDSR_CALLBACK_QUEUE, openDsrJobHandlers } from "../../../src/http/api/index.js";
import { registerHandlers } from "../../../src/jobs/handlers.js";
import { listOutbox } from "../../../src/mail/outbox.js";
import { type ApiHarness, apiHarness } from "./harness.js";
import { openDsrBody } from "./routes.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";

const SECRET = "test webhook secret";

interface Received {
  body: string;
  signature: string | undefined;
}

/** A loopback HTTP server that records every callback; `failFirst` answers 500 to that many first. */
async function callbackServer(failFirst = 0): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  let refused = 0;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    req.on("end", () => {
      if (refused < failFirst) {
        refused++;
        res.writeHead(500).end();
        return;
      }
      received.push({ body, signature: req.headers["x-opendsr-signature"] as string | undefined });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/opendsr/callbacks`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

await describeEachStore("OpenDSR", (kind) => {
  const testStore = useTestStore(kind);

  let h: ApiHarness;
  beforeEach(async () => {
    h = await apiHarness(testStore(), { queue: { pollIntervalMs: 20, retryDelayMs: 20 } });
    await h.ctx.queue.start();
    await registerHandlers(h.ctx.queue, openDsrJobHandlers(h.ctx, { pollMs: 100 }));
  });
  afterEach(async () => {
    await h.ctx.queue.stop();
    await h.close();
  });

  const statuses = (received: Received[]) => received.map((r) => JSON.parse(r.body).request_status as string);

  /**
   * Waits until the receiver has the callback for `status`. The first look after filing reports
   * "pending" only if it runs before a cancel or denial; a runner that polls (pg-boss) may pick it up
   * later, so the tests let it arrive first instead of depending on the runner's speed.
   */
  async function delivered(received: Received[], status: string): Promise<void> {
    for (let i = 0; i < 500 && !statuses(received).includes(status); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(statuses(received)).toContain(status);
  }

  describe("OpenDSR", () => {
    it("tells what it supports without a token", async () => {
      const response = await h.call("GET", "/v1/discovery");
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        api_version: "0.1",
        supported_identities: [
          { identity_type: "email", identity_format: "raw" },
          { identity_type: "phone", identity_format: "raw" },
        ],
        supported_subject_request_types: ["access", "portability", "erasure"],
        processor_certificate: null,
        callback_signature: { header: "X-OpenDSR-Signature", algorithm: "HMAC-SHA256", encoding: "hex" },
      });
    });

    it("files, reports, cancels, and posts a signed callback for each status", async () => {
      const server = await callbackServer();
      try {
        const body = openDsrBody("opendsr@example.nl", { status_callback_urls: [server.url] });
        const filed = await h.call("POST", "/v1/requests", h.tokens["requests:write"], body);
        expect(filed.statusCode).toBe(201);
        expect(filed.json()).toMatchObject({
          controller_id: "90123456",
          subject_request_id: body.subject_request_id,
          request_status: "pending",
          waarborg_status: "verifying",
          // One month after 5 March 2025, the end of that day in Amsterdam (CEST from 30 March).
          expected_completion_time: "2025-04-07T21:59:59.000Z",
          received_time: "2025-03-05T09:00:00.000Z",
          api_version: "0.1",
        });
        // The person confirms with the code mailed to the e-mail identity.
        expect((await listOutbox(h.store, { to: "opendsr@example.nl" })).length).toBe(1);

        const status = await h.call("GET", `/v1/requests/${body.subject_request_id}`, h.tokens["requests:read"]);
        expect(status.json().request_status).toBe("pending");

        const again = await h.call("POST", "/v1/requests", h.tokens["requests:write"], body);
        expect(again.statusCode).toBe(409);
        expect(again.json().error.field).toBe("subject_request_id");

        await delivered(server.received, "pending");
        const cancelled = await h.call("DELETE", `/v1/requests/${body.subject_request_id}`, h.tokens["requests:write"]);
        expect(cancelled.statusCode).toBe(202);
        expect(cancelled.json()).toMatchObject({ request_status: "cancelled", waarborg_status: "cancelled" });
        expect((await h.call("DELETE", `/v1/requests/${body.subject_request_id}`, h.tokens.all)).statusCode).toBe(409);

        await h.ctx.queue.drain({ timeoutMs: 10_000 });
        expect(statuses(server.received)).toEqual(["pending", "cancelled"]);
        for (const callback of server.received) {
          expect(callback.signature).toBe(hmacSha256Hex(SECRET, callback.body));
          expect(JSON.parse(callback.body)).toMatchObject({
            subject_request_id: body.subject_request_id,
            status_callback_url: server.url,
            controller_id: "90123456",
            api_version: "0.1",
          });
        }
        // A delivery job run again sends nothing twice.
        await h.ctx.queue.send(OPENDSR_CALLBACK_QUEUE, {
          requestId: (await h.store.db.selectFrom("requests").select("id").executeTakeFirstOrThrow()).id,
          status: "cancelled",
          url: server.url,
        });
        await h.ctx.queue.drain({ timeoutMs: 10_000 });
        expect(server.received).toHaveLength(2);
      } finally {
        await server.close();
      }
    });

    it("reports a change made elsewhere (a denial in the console or the API) by looking again", async () => {
      const server = await callbackServer();
      try {
        const body = openDsrBody("elsewhere@example.nl", { status_callback_urls: [server.url] });
        await h.call("POST", "/v1/requests", h.tokens.all, body);
        await delivered(server.received, "pending");
        const id = (await h.store.db.selectFrom("requests").select("id").executeTakeFirstOrThrow()).id;
        const denied = await h.call("POST", `/api/requests/${id}/deny`, h.tokens.all, { reason: "Unfounded." });
        expect(denied.statusCode).toBe(200);
        await h.ctx.queue.drain({ timeoutMs: 10_000 });
        expect(statuses(server.received)).toEqual(["pending", "cancelled"]);
        const state = await h.call("GET", `/v1/requests/${body.subject_request_id}`, h.tokens.all);
        expect(state.json()).toMatchObject({ request_status: "cancelled", waarborg_status: "denied" });
      } finally {
        await server.close();
      }
    });

    it("retries a callback the receiver refused, and delivers it once", async () => {
      const server = await callbackServer(2);
      try {
        const body = openDsrBody("retry@example.nl", { status_callback_urls: [server.url] });
        await h.call("POST", "/v1/requests", h.tokens.all, body);
        await delivered(server.received, "pending");
        await h.call("DELETE", `/v1/requests/${body.subject_request_id}`, h.tokens.all);
        await h.ctx.queue.drain({ timeoutMs: 10_000 });
        expect(statuses(server.received).sort()).toEqual(["cancelled", "pending"]);
      } finally {
        await server.close();
      }
    });

    it("refuses callbacks it could not sign", async () => {
      delete h.ctx.env.WAARBORG_WEBHOOK_SECRET;
      const body = openDsrBody("nosecret@example.nl", { status_callback_urls: ["http://127.0.0.1:9/cb"] });
      const response = await h.call("POST", "/v1/requests", h.tokens.all, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe("status_callback_urls");
      // Nothing was filed, and the id is free again.
      expect(await h.store.db.selectFrom("requests").selectAll().execute()).toEqual([]);
      h.ctx.env.WAARBORG_WEBHOOK_SECRET = SECRET;
      expect((await h.call("POST", "/v1/requests", h.tokens.all, body)).statusCode).toBe(201);
    });

    it("frees the id of a request that could not be filed", async () => {
      const body = openDsrBody("free@example.nl");
      const wrong = {
        ...body,
        subject_identities: [{ identity_type: "email", identity_value: "nope", identity_format: "raw" }],
      };
      expect((await h.call("POST", "/v1/requests", h.tokens.all, wrong)).statusCode).toBe(400);
      expect((await h.call("POST", "/v1/requests", h.tokens.all, body)).statusCode).toBe(201);
    });

    it("answers an unknown id with 404", async () => {
      const response = await h.call(
        "GET",
        `/v1/requests/${openDsrBody("x@example.nl").subject_request_id}`,
        h.tokens.all,
      );
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    });
  });
});
