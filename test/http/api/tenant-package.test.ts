import { join } from "node:path";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../../src/auth/index.js";
import type { Connector } from "../../../src/connectors/connector.js";
import { openConnector } from "../../../src/connectors/open.js";
import { buildApp } from "../../../src/http/app.js";
import { registerHandlers } from "../../../src/jobs/handlers.js";
import { denyRequest } from "../../../src/requests/operations/deny-request.js";
import { extendRequest } from "../../../src/requests/operations/extend-request.js";
import { readEvents } from "../../../src/requests/records.js";
import { serviceHandlers } from "../../../src/service/handlers.js";
import { registerFrom } from "../../datasets/live.js";
import { describeEachStore } from "../../helpers/stores.js";
import { type Fixture, lifecycleFixture, unzip } from "../../requests/fixture.js";

// The company's application holds the users of two customers (tenants a and b), one address at both.
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
const DAY = 86_400_000;

await describeEachStore("a tenant follows its request and fetches the package through the API", (kind) => {
  let f: Fixture;
  let members: Connector;
  let app: FastifyInstance;
  const token = { a: "", a2: "", b: "", own: "", ownId: "", aId: "" };

  beforeAll(async () => {
    const datasets = (await registerFrom(YAML)).datasets;
    // The demo register's rights stay: erasure waits for the privacy officer's approval.
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
    await members.db
      .insertInto("members")
      .values([
        { id: 1, tenant_id: "a", email: EMAIL, name: "Jan at A" },
        { id: 2, tenant_id: "b", email: EMAIL, name: "Jan at B" },
      ])
      .execute();
    f.ctx.env.WB_TENANT_URL = url;
    const make = async (name: string, scopes: string[], tenant?: string) =>
      createApiToken(f.store, { name, scopes, ...(tenant ? { tenant } : {}) }, { actor: "system" });
    const a = await make("customer a", ["requests:read", "requests:write"], "a");
    token.a = a.token;
    token.aId = a.apiToken.id;
    token.a2 = (await make("customer a, reader", ["requests:read"], "a")).token;
    token.b = (await make("customer b", ["requests:read", "requests:write"], "b")).token;
    const own = await make("back office", ["requests:read"]);
    token.own = own.token;
    token.ownId = own.apiToken.id;
    app = buildApp(f.ctx);
    await f.queue.start();
    await registerHandlers(f.queue, serviceHandlers(f.ctx));
  });
  afterAll(async () => {
    await app?.close();
    await members?.close();
    await f?.close();
  });

  const call = (method: "GET" | "POST", url: string, bearer: string, body?: object) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${bearer}` }, ...(body ? { payload: body } : {}) });
  const file = async (type: string): Promise<{ id: string; status: string }> => {
    const filed = await call("POST", "/api/requests", token.a, {
      type,
      identities: [{ type: "email", value: EMAIL }],
      lang: "nl",
    });
    expect(filed.statusCode, filed.body).toBe(201);
    return filed.json();
  };
  const packageOf = (id: string, bearer: string) => call("GET", `/api/requests/${id}/package`, bearer);
  /** The access request of tenant a, run by the workers, with its package ready. */
  const completedAccess = async (): Promise<string> => {
    const { id } = await file("access");
    await f.queue.drain({ timeoutMs: 30_000 });
    const view = await call("GET", `/api/requests/${id}`, token.a);
    expect(view.json().status, view.body).toBe("completed");
    return id;
  };
  const zipOf = (response: LightMyRequestResponse) => Buffer.from(response.rawPayload);

  describe("filing", () => {
    it("starts verified by the tenant, with no code or other mail to the person", async () => {
      const { id, status } = await file("access");
      expect(status).toBe("verified");
      const events = await readEvents(f.store.db, id);
      const verified = events.find((e) => e.kind === "tenant_verified");
      expect(verified).toMatchObject({ actor: `api:${token.aId}` });
      expect(verified?.data).toEqual({
        from: "received",
        to: "verified",
        tenant: "a",
        token_id: token.aId,
        token_name: "customer a",
      });
      expect(events.map((e) => e.kind)).not.toContain("send_code");
      // The history says why no mail went: the tenant answers its user.
      expect(events.find((e) => e.kind === "tenant_informed")?.data).toEqual({
        tenant: "a",
        message: "received",
        through: "api",
      });
      await f.queue.drain({ timeoutMs: 30_000 });
      expect(await f.mailsTo(EMAIL)).toEqual([]);
    });

    it("still waits for the privacy officer's approval where the register wants it", async () => {
      const { id, status } = await file("erasure");
      expect(status).toBe("awaiting_approval");
      // No package (yet): a conflict with the request's state, not an unknown request.
      const none = await packageOf(id, token.a);
      expect(none.statusCode, none.body).toBe(409);
      expect(none.json().error.code).toBe("conflict");
    });

    it("leaves an extension and a denial to the tenant too", async () => {
      const { id } = await file("erasure");
      await extendRequest(f.ctx, { requestId: id, actor: "user:officer", months: 1, reason: "Veel verzoeken." });
      await denyRequest(f.ctx, { requestId: id, actor: "user:officer", reason: "Kennelijk ongegrond." });
      const told = (await readEvents(f.store.db, id))
        .filter((e) => e.kind === "tenant_informed")
        .map((e) => e.data.message);
      expect(told).toEqual(["received", "extension", "denial"]);
      expect(await f.mailsTo(EMAIL)).toEqual([]);
    });
  });

  describe("the package", () => {
    it("is run by the workers on the tenant's rows and handed to the tenant as a ZIP, counted", async () => {
      const id = await completedAccess();
      const events = await readEvents(f.store.db, id);
      expect(events.filter((e) => e.kind === "tenant_informed").map((e) => e.data.message)).toEqual([
        "received",
        "completion",
      ]);
      expect(events.map((e) => e.kind)).not.toContain("requester_notified");
      expect(await f.mailsTo(EMAIL)).toEqual([]);

      const view = (await call("GET", `/api/requests/${id}`, token.a)).json();
      expect(view.packages).toEqual([
        {
          id: expect.any(String),
          file_name: expect.stringMatching(/^access-.*\.zip$/),
          expires_at: expect.any(String),
          downloads_left: 3,
          available: true,
        },
      ]);

      const got = await packageOf(id, token.a);
      expect(got.statusCode, got.body).toBe(200);
      expect(got.headers["content-type"]).toBe("application/zip");
      expect(got.headers["content-disposition"]).toContain(`filename="${view.packages[0].file_name}"`);
      expect(got.headers["x-downloads-left"]).toBe("2");
      const files = await unzip(zipOf(got));
      const text = [...files.values()].map((b) => b.toString("utf8")).join("\n");
      expect(text).toContain("Jan at A");
      expect(text).not.toContain("Jan at B");

      const downloaded = (await readEvents(f.store.db, id)).filter((e) => e.kind === "package_downloaded");
      expect(downloaded).toMatchObject([
        { actor: `api:${token.aId}`, data: { package_id: view.packages[0].id, downloads_left: 2 } },
      ]);
      // Another token of the same tenant reaches it as well.
      expect((await packageOf(id, token.a2)).statusCode).toBe(200);
    });

    it("is not found for another tenant, and the company's own token downloads it too", async () => {
      const id = await completedAccess();
      const other = await packageOf(id, token.b);
      expect(other.statusCode).toBe(404);
      expect(other.json()).toEqual((await packageOf("00000000-0000-4000-8000-000000000000", token.b)).json());
      const own = await packageOf(id, token.own);
      expect(own.statusCode, own.body).toBe(200);
      expect(zipOf(own).subarray(0, 2).toString("latin1")).toBe("PK");
      const downloaded = (await readEvents(f.store.db, id)).filter((e) => e.kind === "package_downloaded");
      expect(downloaded.map((e) => e.actor)).toEqual([`api:${token.ownId}`]);
    });

    it("is gone once its downloads are used up", async () => {
      const id = await completedAccess();
      for (let i = 0; i < 3; i++) expect((await packageOf(id, token.a)).statusCode).toBe(200);
      const gone = await packageOf(id, token.a);
      expect(gone.statusCode).toBe(410);
      expect(gone.json().error).toEqual({ code: "gone", message: "the package's downloads are used up" });
      expect((await call("GET", `/api/requests/${id}`, token.a)).json().packages[0]).toMatchObject({
        downloads_left: 0,
        available: false,
      });
    });

    it("is gone once it expired", async () => {
      const id = await completedAccess();
      const now = f.clock.time;
      f.clock.advance(8 * DAY);
      try {
        const gone = await packageOf(id, token.a);
        expect(gone.statusCode).toBe(410);
        expect(gone.json().error).toEqual({ code: "gone", message: "the package has expired" });
        expect((await call("GET", `/api/requests/${id}`, token.a)).json().packages[0]).toMatchObject({
          downloads_left: 3,
          available: false,
        });
      } finally {
        f.clock.time = now;
      }
    });
  });
});
