import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { registerHandlers } from "../../src/jobs/handlers.js";
import type { Register } from "../../src/register/schema/register.js";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { fileTenantRequest } from "../../src/requests/operations/file-tenant-request.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { serviceHandlers } from "../../src/service/handlers.js";
import { FakeMailchimp, LIST, MAILCHIMP_KEY, subscriberHash } from "../systems/fakes/mailchimp.js";
import { exampleSystem } from "../systems/helpers.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";

/**
 * The shipped Mailchimp definition, with a restriction that archives the member (a plain DELETE),
 * and Stripe, which declares no objection, withdrawal or restriction request.
 */
function withSystems(register: Register): Register {
  const mailchimp = exampleSystem("mailchimp");
  const restriction = {
    ...mailchimp.erasure!,
    method: "DELETE" as const,
    path: `/lists/${LIST}/members/{identity.email|md5}`,
  };
  return {
    ...register,
    datasets: {
      ...register.datasets!,
      systems: { mailchimp: { ...mailchimp, restriction }, stripe: exampleSystem("stripe") },
    },
  };
}

describe("objection, withdrawal and restriction reaching the mailing tool, through the queue on SQLite", () => {
  let f: Fixture;
  const mailchimp = new FakeMailchimp();
  const waits: number[] = [];
  let next = 0;
  let email: string;

  async function events(requestId: string, like: string) {
    const rows = await f.store.db
      .selectFrom("request_events")
      .select(["kind", "data"])
      .where("request_id", "=", requestId)
      .where("kind", "like", like)
      .orderBy("id")
      .execute();
    return rows.map((r) => ({ kind: r.kind, ...(JSON.parse(r.data) as Record<string, unknown>) }));
  }

  async function carryOut(
    type: "objection" | "withdrawal" | "restriction",
    details: Record<string, unknown> = {},
    tenant?: string,
  ) {
    const request = { type, identities: [{ type: "email", value: email }], lang: "en", details };
    // A tenant's request starts verified by the tenant; the person's own is confirmed with the code.
    let requestId: string;
    if (tenant) {
      requestId = (await fileTenantRequest(f.ctx, request, { tenant, token: { id: "t-1", name: "customer app" } }))
        .requestId;
    } else {
      const filed = await fileRequest(f.ctx, request);
      await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) });
      requestId = filed.requestId;
    }
    const status = async () =>
      (await f.store.db.selectFrom("requests").select("status").where("id", "=", requestId).executeTakeFirstOrThrow())
        .status;
    if ((await status()) === "awaiting_approval") await approveRequest(f.ctx, { requestId, actor: "user:officer" });
    await f.queue.drain({ timeoutMs: 30_000 });
    return { requestId, status: await status() };
  }

  const member = () => mailchimp.members.get(subscriberHash(email));
  const patches = () => mailchimp.received.filter((r) => r.method === "PATCH");

  beforeAll(async () => {
    f = await lifecycleFixture({ register: withSystems, start: new Date().toISOString() });
    f.ctx.env.MAILCHIMP_API_URL = `${await mailchimp.listen()}/3.0`;
    f.ctx.env.MAILCHIMP_API_KEY = MAILCHIMP_KEY;
    f.ctx.env.STRIPE_API_URL = "http://127.0.0.1:9";
    f.ctx.env.STRIPE_SECRET_KEY = "sk_test_never_called";
    f.ctx.sleep = async (ms) => void waits.push(ms);
    await f.queue.start();
    await registerHandlers(f.queue, serviceHandlers(f.ctx));
  });
  afterAll(async () => {
    await f.close();
    await mailchimp.close();
  });
  beforeEach(() => {
    // A person of their own per test: each request about them starts from a subscribed member.
    email = f.emails.filter((e) => /^[a-z0-9.]+@[a-z0-9.]+$/.test(e))[next++]!;
    mailchimp.received = [];
    mailchimp.add({
      email_address: email,
      status: "subscribed",
      merge_fields: { FNAME: "Ilse", LNAME: "Smit" },
      ip_signup: "192.0.2.44",
      timestamp_signup: "2024-05-06T07:08:09+00:00",
    });
  });

  it("an objection to direct marketing unsubscribes the member, through a 429 and a 503, and records it", async () => {
    mailchimp.injected.push(
      { status: 429, headers: { "retry-after": "4" }, match: "PATCH" },
      { status: 503, match: "PATCH" },
    );
    const done = await carryOut("objection", { direct_marketing: true });
    expect(done.status).toBe("completed");
    expect(member()!.status).toBe("unsubscribed");
    expect(patches().map((p) => JSON.parse(p.body) as unknown)).toEqual(Array(3).fill({ status: "unsubscribed" }));
    expect(waits).toContain(4000);
    expect(await events(done.requestId, "system_%")).toEqual([
      { kind: "system_objection", system: "mailchimp", outcome: "stopped", records: 1 },
    ]);
    const [completion] = await events(done.requestId, "complete%");
    expect(completion).toMatchObject({
      changed: true,
      systems: [{ system: "mailchimp", outcome: "stopped", records: 1 }],
    });
  });

  it("an objection to something else does not call it, and records why", async () => {
    const done = await carryOut("objection", { activities: ["security_logging"] });
    expect(done.status).toBe("completed");
    expect(mailchimp.received).toEqual([]);
    expect(member()!.status).toBe("subscribed");
    expect(await events(done.requestId, "system_%")).toEqual([
      {
        kind: "system_objection",
        system: "mailchimp",
        outcome: "not_concerned",
        records: 0,
        reason: "the objection concerns none of its activities (newsletter)",
      },
    ]);
  });

  it("a tenant's objection reaches none of the company's own systems", async () => {
    const done = await carryOut("objection", { direct_marketing: true }, "customer-a");
    expect(done.status).toBe("completed");
    expect(mailchimp.received).toEqual([]);
    expect(member()!.status).toBe("subscribed");
    // The mailing tool records that it holds none of the tenants' end users: the skip says so.
    expect(await events(done.requestId, "system_%")).toEqual([
      {
        kind: "system_objection",
        system: "mailchimp",
        outcome: "skipped",
        records: 0,
        reason: "it holds no data of the tenants' end users",
      },
    ]);
  });

  it("a withdrawal of the newsletter consent unsubscribes; one still failing ends the request partially", async () => {
    const done = await carryOut("withdrawal", { purposes: ["newsletter"] });
    expect(done.status).toBe("completed");
    expect(member()!.status).toBe("unsubscribed");

    member()!.status = "subscribed";
    for (let i = 0; i < 4; i++) mailchimp.injected.push({ status: 500, match: "PATCH" });
    const failed = await carryOut("withdrawal", { purposes: ["newsletter"] });
    expect(failed.status).toBe("partially_completed");
    const [completion] = await events(failed.requestId, "complete%");
    expect(completion).toMatchObject({
      failed_systems: [
        {
          system: "mailchimp",
          reason:
            "system mailchimp: withdrawal PATCH /lists/a1b2c3d4e5/members/{identity.email|md5} answered 500 after 4 tries",
        },
      ],
    });
    const all = await f.store.db.selectFrom("request_events").select("data").execute();
    for (const row of all) expect(row.data).not.toContain(email);
  });

  it("a restriction marks the rows and archives the member in the system that declares how", async () => {
    const done = await carryOut("restriction");
    expect(member()!.status).toBe("archived");
    expect(await events(done.requestId, "system_%")).toEqual([
      { kind: "system_restriction", system: "mailchimp", outcome: "restricted", records: 1 },
    ]);
    const [completion] = await events(done.requestId, "complete%");
    expect(completion).toMatchObject({ changed: true, systems: [{ system: "mailchimp", outcome: "restricted" }] });
  });
});
