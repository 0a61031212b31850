import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { buildApp } from "../../src/http/app.js";
import { answerTask } from "../../src/requests/operations/answer-task.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { fileTenantRequest } from "../../src/requests/operations/file-tenant-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { remindTasks } from "../../src/requests/operations/remind-tasks.js";
import { requestDetail } from "../../src/requests/operations/request-detail.js";
import { sendTaskWebhook } from "../../src/requests/operations/send-task-webhook.js";
import { taskByLink } from "../../src/requests/operations/task-link.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import type { RequestType } from "../../src/kernel/index.js";
import { listTasks } from "../../src/tasks/index.js";
import { registerFrom } from "../datasets/live.js";
import { describeEachStore } from "../helpers/stores.js";
import { FakeApi, type Received } from "../systems/fakes/fake-api.js";
import { answerToken } from "../tasks/fixture.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";

const ARCHIVE_OWNER = "archief@example.nl";
const EMAIL = "jan@example.nl";

/**
 * The company processes its customers' members (tenants a and b). Beside the database: a CRM that
 * keeps each tenant apart by a path and a header, the company's own newsletter tool (no tenant's end
 * users), a support desk told by webhook, a paper archive searched by hand, and the company's own
 * mailing list kept by hand.
 */
const YAML = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: WB_TENANT_APP_URL }
  collections:
    members:
      connection: app
      table: members
      tenant: tenant_id
      erasure: delete
      fields:
        email: { category: contact.email, identity: email }
        name: { category: identity.name }
  systems:
    crm:
      kind: http
      label: CRM
      base_url_env: WB_CRM_URL
      tenants: scoped
      access:
        method: GET
        path: /tenants/{tenant}/people?email={identity.email}
        headers: { X-Tenant: "{tenant}" }
        records: data
      erasure:
        method: DELETE
        path: /tenants/{tenant}/people/{record.id}
    newsletter:
      kind: http
      label: Newsletter
      base_url_env: WB_NEWS_URL
      tenants: none
      access: { method: GET, path: "/people/{identity.email}" }
      erasure: { method: DELETE, path: "/people/{identity.email}" }
    support:
      kind: webhook
      name: Support desk
      url_env: WB_SUPPORT_URL
      secret_env: WB_SUPPORT_SECRET
      requests: [access, erasure]
      tenants: scoped
    archive:
      kind: manual
      name: Paper archive
      owner: { name: Archivist, email: ${ARCHIVE_OWNER}, lang: en }
      requests: [access, erasure]
      instructions: { general: Look in the folders. }
      tenants: scoped
    mailing:
      kind: manual
      name: Own mailing list
      owner: { name: Marketing, email: marketing@example.nl, lang: en }
      requests: [erasure]
      instructions: { general: Strike the address. }
      tenants: none
`;

/** The CRM: each tenant's people under its own path, and the tenant's header checked against it. */
class TenantCrm extends FakeApi {
  people: Record<string, { id: string; email: string; name: string }[]> = {};
  protected authorised(): boolean {
    return true;
  }
  protected route(req: Received, url: URL) {
    const match = /^\/tenants\/([^/]+)\/people(?:\/([^/]+))?$/.exec(url.pathname);
    if (!match) return { status: 404 };
    const tenant = decodeURIComponent(match[1]!);
    if (req.headers["x-tenant"] !== undefined && req.headers["x-tenant"] !== tenant) return { status: 400 };
    const mine = this.people[tenant] ?? [];
    if (req.method === "GET")
      return { status: 200, body: { data: mine.filter((p) => p.email === url.searchParams.get("email")) } };
    if (req.method === "DELETE") {
      this.people[tenant] = mine.filter((p) => p.id !== match[2]);
      return { status: mine.length === this.people[tenant].length ? 404 : 204 };
    }
    return { status: 405 };
  }
}

/** The newsletter tool: it must never be called for a tenant. */
class Newsletter extends FakeApi {
  protected authorised(): boolean {
    return true;
  }
  protected route() {
    return { status: 404 };
  }
}

/** The support desk: takes each signed request and keeps its body. */
class SupportDesk {
  bodies: Record<string, unknown>[] = [];
  server: Server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      this.bodies.push(JSON.parse(body) as Record<string, unknown>);
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

await describeEachStore("a tenant's request reaching the company's other systems", (kind) => {
  let f: Fixture;
  let app: Connector;
  const dir = mkdtempSync(join(tmpdir(), "wb-tenant-systems-"));
  const crm = new TenantCrm();
  const newsletter = new Newsletter();
  const support = new SupportDesk();

  const useRegister = async (yaml: string) => {
    const datasets = (await registerFrom(yaml)).datasets;
    f.ctx.register = { ...f.ctx.register, datasets };
  };

  beforeAll(async () => {
    f = await lifecycleFixture({
      store: kind,
      register: (r) => ({ ...r, rights: { ...r.rights, approval: [] } }),
      start: new Date().toISOString(),
    });
    const url = `sqlite:${join(dir, "app.db")}`;
    app = await openConnector(url);
    await app.db.schema
      .createTable("members")
      .ifNotExists()
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("tenant_id", "varchar(20)")
      .addColumn("email", "varchar(255)")
      .addColumn("name", "varchar(200)")
      .execute();
    f.ctx.env.WB_TENANT_APP_URL = url;
    f.ctx.env.WB_CRM_URL = await crm.listen();
    f.ctx.env.WB_NEWS_URL = await newsletter.listen();
    f.ctx.env.WB_SUPPORT_URL = await support.listen();
    f.ctx.env.WB_SUPPORT_SECRET = "support-webhook-secret-0123456789";
  });
  afterAll(async () => {
    await app?.close();
    await f?.close();
    await crm.close();
    await newsletter.close();
    await support.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await useRegister(YAML);
    await app.db.deleteFrom("members").execute();
    await app.db
      .insertInto("members")
      .values([
        { id: 1, tenant_id: "a", email: EMAIL, name: "Jan at A" },
        { id: 2, tenant_id: "b", email: EMAIL, name: "Jan at B" },
      ])
      .execute();
    crm.people = {
      a: [{ id: "p-a", email: EMAIL, name: "Jan at A" }],
      b: [{ id: "p-b", email: EMAIL, name: "Jan at B" }],
    };
    crm.received = [];
    newsletter.received = [];
    support.bodies = [];
  });

  // A tenant's request starts verified by the tenant; the company's own is confirmed with the code.
  const fileFor = async (type: RequestType, tenant?: string) => {
    const request = { type, identities: [{ type: "email", value: EMAIL }], lang: "en" };
    if (tenant !== undefined)
      return (await fileTenantRequest(f.ctx, request, { tenant, token: { id: "t-1", name: "customer app" } }))
        .requestId;
    const filed = await fileRequest(f.ctx, request);
    expect(await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(EMAIL, filed.statusToken) })).toEqual({
      ok: true,
    });
    return filed.requestId;
  };
  const tasksOf = (id: string) =>
    f.store.db.selectFrom("tasks").selectAll().where("request_id", "=", id).orderBy("system").execute();
  /** Sends the webhook task, answers every task as the officer, and runs the request to its end. */
  const answerAllAndFinish = async (id: string) => {
    for (const task of await tasksOf(id)) {
      if (task.owner_email === "") await sendTaskWebhook(f.ctx, task.id);
      await answerTask(f.ctx, task.id, { answer: "done" }, "user:officer-1");
    }
    return processRequest(f.ctx, id);
  };
  const completion = async (id: string) =>
    (await requestDetail(f.ctx, id)).events.find((e) => e.kind.startsWith("complete"))?.data as Record<string, unknown>;

  it("access: the CRM is asked for the tenant's part, the newsletter never, the tasks name the tenant", async () => {
    const id = await fileFor("access", "a");
    // The console's plan shows the walk narrowed to the tenant's rows, as the run takes it.
    const planned = (await requestDetail(f.ctx, id)).plan!;
    expect(planned.steps.map((s) => s.queries)).toEqual([
      ['select * from "members" where lower(trim("email")) in (?) and "tenant_id" = ?'],
    ]);
    expect((await processRequest(f.ctx, id)).status).toBe("in_progress");
    const tasks = await tasksOf(id);
    expect(tasks.map((t) => t.system)).toEqual(["archive", "support"]);

    // The manual task's mail, its answer page and the console name the tenant.
    const mail = (await f.mailsTo(ARCHIVE_OWNER)).find((m) => m.text.includes(id))!;
    expect(mail.text).toContain("This request comes from customer a, whose data we process");
    expect(mail.subject).not.toContain(EMAIL);
    const token = await answerToken(f, ARCHIVE_OWNER, id);
    expect((await taskByLink(f.ctx, token)).tenant).toBe("a");
    const page = buildApp(f.ctx);
    for (const [lang, says] of [
      ["en", "This request comes from customer a, whose data we process"],
      ["nl", "Dit verzoek komt van klant a, voor wie wij gegevens verwerken"],
    ] as const)
      expect((await page.inject({ method: "GET", url: `/task/${token}?lang=${lang}` })).body).toContain(says);
    await page.close();
    // Its reminder names the tenant too.
    const at = f.clock.time;
    f.clock.advance(9 * 86_400_000);
    expect((await remindTasks(f.ctx)).reminded).toBeGreaterThan(0);
    f.clock.time = at;
    const reminder = (await f.mailsTo(ARCHIVE_OWNER)).find((m) => m.subject.startsWith("Reminder"))!;
    expect(reminder.text).toContain("only the part of the system that belongs to customer a");
    const listed = await listTasks(f.store.db, "open", "2000-01-01");
    expect(listed.filter((t) => t.requestId === id).map((t) => t.tenant)).toEqual(["a", "a"]);

    const result = await answerAllAndFinish(id);
    expect(result.status).toBe("completed");
    // The webhook's signed body carries the tenant.
    expect(support.bodies).toHaveLength(1);
    expect(support.bodies[0]).toMatchObject({ request_id: id, tenant: "a", system: "support" });

    expect(crm.received.map((r) => [r.method, r.url, r.headers["x-tenant"]])).toEqual([
      ["GET", `/tenants/a/people?email=${encodeURIComponent(EMAIL)}`, "a"],
    ]);
    expect(newsletter.received).toEqual([]);
    const done = await completion(id);
    expect(done.systems).toEqual([
      { system: "crm", outcome: "found", records: 1 },
      {
        system: "newsletter",
        outcome: "skipped",
        records: 0,
        reason: "it holds no data of the tenants' end users",
      },
    ]);
    const skip = (await requestDetail(f.ctx, id)).events.find(
      (e) => e.kind === "system_access" && (e.data as { system: string }).system === "newsletter",
    );
    expect(skip?.data).toMatchObject({ outcome: "skipped", reason: "it holds no data of the tenants' end users" });
  });

  it("erasure: the tenant's rows and CRM record go, the other tenant's stay, the company's own systems are skipped", async () => {
    const id = await fileFor("erasure", "a");
    expect((await processRequest(f.ctx, id)).status).toBe("in_progress");
    // The company's own mailing list holds no tenant's end users: no task for it.
    expect((await tasksOf(id)).map((t) => t.system)).toEqual(["archive", "support"]);
    expect(await f.mailsTo("marketing@example.nl")).toEqual([]);

    expect((await answerAllAndFinish(id)).status).toBe("completed");
    expect((await app.db.selectFrom("members").select("id").execute()).map((r) => Number(r.id))).toEqual([2]);
    expect(crm.people).toEqual({ a: [], b: [{ id: "p-b", email: EMAIL, name: "Jan at B" }] });
    expect(crm.received.map((r) => `${r.method} ${r.url.split("?")[0]}`)).toEqual([
      "GET /tenants/a/people",
      "DELETE /tenants/a/people/p-a",
    ]);
    expect(newsletter.received).toEqual([]);
    expect(support.bodies[0]).toMatchObject({ request_type: "erasure", tenant: "a" });
    const done = await completion(id);
    expect(done.skipped_systems).toEqual([{ system: "mailing", reason: "it holds no data of the tenants' end users" }]);
  });

  it("is refused before any task is made or mailed where a system records no tenants:", async () => {
    await useRegister(YAML.replace("      tenants: scoped\n    archive:", "    archive:"));
    const id = await fileFor("erasure", "a");
    const before = await f.mailsTo(ARCHIVE_OWNER);
    expect((await processRequest(f.ctx, id)).status).toBe("in_progress");
    const refusal = (await requestDetail(f.ctx, id)).events.find((e) => e.kind === "refused_by_engine");
    expect(refusal?.data).toMatchObject({
      message: expect.stringMatching(
        /would reach the systems support, which record nothing about the tenants: record tenants: none .* or tenants: scoped/,
      ),
    });
    // The console's plan says so too, instead of showing a walk that will not run.
    expect((await requestDetail(f.ctx, id)).plan).toEqual({
      steps: [],
      unreachable: [],
      referred: [],
      companyOwn: [],
      refusal: refusal?.data.message,
    });
    expect(await tasksOf(id)).toEqual([]);
    expect(await f.mailsTo(ARCHIVE_OWNER)).toEqual(before);
    expect(support.bodies).toEqual([]);
    expect(crm.received).toEqual([]);
    expect(await app.db.selectFrom("members").select("id").execute()).toHaveLength(2);
  });

  it("the company's own access skips the CRM that needs a tenant, and reaches the newsletter", async () => {
    const id = await fileFor("access");
    expect((await processRequest(f.ctx, id)).status).toBe("in_progress");
    const tasks = await tasksOf(id);
    const mail = (await f.mailsTo(ARCHIVE_OWNER)).find((m) => m.text.includes(id))!;
    expect(mail.text).not.toContain("comes from customer");
    expect(tasks).toHaveLength(2);
    expect((await answerAllAndFinish(id)).status).toBe("completed");
    expect(support.bodies[0]).not.toHaveProperty("tenant");
    expect(crm.received).toEqual([]);
    expect(newsletter.received.map((r) => r.method)).toEqual(["GET"]);
    expect((await completion(id)).systems).toEqual([
      {
        system: "crm",
        outcome: "skipped",
        records: 0,
        reason: "it needs a tenant: its requests name {tenant}, and the company's own request has none",
      },
      { system: "newsletter", outcome: "none", records: 0 },
    ]);
  });
});
