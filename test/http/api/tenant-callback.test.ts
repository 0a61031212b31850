import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiToken } from "../../../src/auth/index.js";
import type { Connector } from "../../../src/connectors/connector.js";
import { openConnector } from "../../../src/connectors/open.js";
import { buildApp } from "../../../src/http/app.js";
import { registerHandlers } from "../../../src/jobs/handlers.js";
import {
  SIGNATURE_HEADER,
  sendTenantCallback,
  TENANT_CALLBACK_QUEUE,
  verifyWebhook,
} from "../../../src/requests/index.js";
import { readEvents } from "../../../src/requests/records.js";
import { serviceHandlers } from "../../../src/service/handlers.js";
import { CALLBACK_KEY_ENV, setTenant, tenantCallbackSecret } from "../../../src/tenants/index.js";
import { registerFrom } from "../../datasets/live.js";
import { describeEachStore } from "../../helpers/stores.js";
import { type Fixture, lifecycleFixture } from "../../requests/fixture.js";

// The company's application holds the users of its customers (tenants), by a tenant column.
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
const EMAIL = "jan@example.nl";
const NAME = "Jan Jansen";

/** One POST the tenant's receiver got: the path tells the tenants apart. */
interface Received {
  path: string;
  signature: string;
  body: string;
}

await describeEachStore("a tenant is told at its callback URL when its request moves", (kind) => {
  let f: Fixture;
  let members: Connector;
  let app: FastifyInstance;
  let receiver: Server;
  let base = "";
  const received: Received[] = [];
  /** Answers the receiver gives, per path, before it answers 200. */
  const failFirst = new Map<string, number[]>();
  const token: Record<string, string> = {};

  beforeAll(async () => {
    const datasets = (await registerFrom(YAML)).datasets;
    f = await lifecycleFixture({ store: kind, register: (r) => ({ ...r, datasets }) });
    const url = `sqlite:${join(f.ctx.env.DEMO_DATABASE_URL!.slice("sqlite:".length), "..", "members.db")}`;
    members = await openConnector(url);
    await members.db.schema
      .createTable("members")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("tenant_id", "varchar(20)")
      .addColumn("email", "varchar(255)")
      .addColumn("name", "varchar(200)")
      .execute();
    const tenants = ["a", "b", "flaky", "down", "quiet"];
    await members.db
      .insertInto("members")
      .values(tenants.map((tenant, i) => ({ id: i + 1, tenant_id: tenant, email: EMAIL, name: NAME })))
      .execute();
    f.ctx.env.WB_TENANT_URL = url;
    f.ctx.env[CALLBACK_KEY_ENV] = "callback-test-server-key-0123";

    receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        const path = request.url ?? "";
        received.push({ path, signature: String(request.headers[SIGNATURE_HEADER.toLowerCase()] ?? ""), body });
        response.statusCode = failFirst.get(path)?.shift() ?? 200;
        response.end("thanks");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

    for (const tenant of tenants) {
      const callbackUrl = tenant === "quiet" ? null : `${base}/hooks/${tenant}`;
      await setTenant(
        f.ctx,
        tenant,
        { name: `Customer ${tenant}`, email: `privacy@${tenant}.example`, callbackUrl },
        "system",
      );
      token[tenant] = (
        await createApiToken(
          f.store,
          { name: `customer ${tenant}`, scopes: ["requests:read", "requests:write"], tenant },
          { actor: "system" },
        )
      ).token;
    }
    app = buildApp(f.ctx);
    await f.queue.start();
    await registerHandlers(f.queue, serviceHandlers(f.ctx));
  });
  afterAll(async () => {
    await app?.close();
    await members?.close();
    await f?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  /** A tenant's access request, filed through the API and run by the workers to the end. */
  const completedAccess = async (tenant: string): Promise<string> => {
    const filed = await app.inject({
      method: "POST",
      url: "/api/requests",
      headers: { authorization: `Bearer ${token[tenant]}` },
      payload: { type: "access", identities: [{ type: "email", value: EMAIL }], lang: "nl" },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    await f.queue.drain({ timeoutMs: 30_000 });
    return filed.json().id;
  };
  // Sorted: the callbacks of one request are separate jobs, which may finish in either order.
  const to = (tenant: string) =>
    received.filter((r) => r.path === `/hooks/${tenant}`).sort((x, y) => x.body.localeCompare(y.body));
  const callbackEvents = async (id: string) =>
    (await readEvents(f.store.db, id))
      .filter((e) => e.kind.startsWith("tenant_callback_"))
      .sort((x, y) => String(x.data.message).localeCompare(String(y.data.message)));
  const verifies = (tenant: string, r: Received) =>
    verifyWebhook(tenantCallbackSecret(f.ctx.env, tenant), r.body, r.signature, { now: f.clock.now() });

  it("posts the received and completion messages, signed with the tenant's own secret, with no personal data", async () => {
    const id = await completedAccess("a");
    const got = to("a");
    expect(got.map((r) => JSON.parse(r.body))).toEqual([
      {
        event: "request.completion",
        request_id: id,
        status: "completed",
        at: expect.any(String),
        package: { url: `/api/requests/${id}/package` },
      },
      // Sent when its job runs: the status is the request's then, and no package exists yet or already.
      expect.objectContaining({ event: "request.received", request_id: id, at: expect.any(String) }),
    ]);
    for (const r of got) {
      expect(verifies("a", r)).toBe(true);
      // Another tenant's secret does not verify it: each tenant's callbacks are its own.
      expect(verifies("b", r)).toBe(false);
      expect(r.body).not.toContain(EMAIL);
      expect(r.body).not.toContain("Jan");
    }
    const events = await callbackEvents(id);
    expect(events.map((e) => [e.kind, e.data])).toEqual([
      ["tenant_callback_sent", { tenant: "a", message: "completion", attempts: 1, http_status: 200 }],
      ["tenant_callback_sent", { tenant: "a", message: "received", attempts: 1, http_status: 200 }],
    ]);
    expect(JSON.stringify(events)).not.toContain(base);
    // Run again (a job delivered twice): a message delivered is not posted again.
    await sendTenantCallback(f.ctx, { requestId: id, message: "completion" });
    expect(to("a")).toHaveLength(2);
  });

  it("retries a callback the receiver refused, and sends it once it is taken", async () => {
    failFirst.set("/hooks/flaky", [500]);
    const id = await completedAccess("flaky");
    const got = to("flaky").map((r) => JSON.parse(r.body).event);
    expect(got).toEqual(["request.completion", "request.received", "request.received"]);
    const events = await callbackEvents(id);
    expect(events.map((e) => [e.kind, e.data.message, e.data.attempts])).toEqual([
      ["tenant_callback_sent", "completion", 1],
      ["tenant_callback_sent", "received", 2],
    ]);
  });

  it("records a callback that failed for good with its status and attempts, never the body", async () => {
    failFirst.set("/hooks/down", Array(20).fill(503));
    const id = await completedAccess("down");
    const failed = (await callbackEvents(id)).filter((e) => e.kind === "tenant_callback_failed");
    expect(failed.map((e) => e.data)).toEqual([
      expect.objectContaining({ tenant: "down", message: "completion", http_status: 503, attempts: 4 }),
      expect.objectContaining({ tenant: "down", message: "received", http_status: 503, attempts: 4 }),
    ]);
    expect(JSON.stringify(failed)).not.toContain("request_id");
    // The request itself completed: a tenant that cannot be reached still has the API.
    expect((await readEvents(f.store.db, id)).some((e) => e.kind === "complete")).toBe(true);
  });

  it("queues no callback for a tenant without a callback URL", async () => {
    const id = await completedAccess("quiet");
    expect(to("quiet")).toEqual([]);
    const jobs = await f.store.db
      .selectFrom("jobs")
      .select("singleton_key")
      .where("queue", "=", TENANT_CALLBACK_QUEUE)
      .execute();
    expect(jobs.map((j) => j.singleton_key).filter((k) => k?.startsWith(id))).toEqual([]);
    expect(jobs.length).toBeGreaterThan(0);
    expect(await callbackEvents(id)).toEqual([]);
  });
});
