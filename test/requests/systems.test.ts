import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerHandlers } from "../../src/jobs/handlers.js";
import { serviceHandlers } from "../../src/service/handlers.js";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { downloadPackage } from "../../src/requests/operations/download-package.js";
import { OperationError } from "../../src/requests/errors.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import type { Register } from "../../src/register/schema/register.js";
import { FakeMailchimp, MAILCHIMP_KEY, subscriberHash } from "../systems/fakes/mailchimp.js";
import { FakeStripe, STRIPE_KEY } from "../systems/fakes/stripe.js";
import { exampleSystem } from "../systems/helpers.js";
import { type Fixture, lifecycleFixture, unzip } from "./fixture.js";

/** The demo person with rows in the database (invoices under a tax hold among them). */
const PERSON = "i.smit@planet.example";

function withSystems(register: Register): Register {
  return {
    ...register,
    datasets: {
      ...register.datasets!,
      systems: { mailchimp: exampleSystem("mailchimp"), stripe: exampleSystem("stripe") },
    },
  };
}

describe("a request reaching the demo database and two HTTP systems, through the queue on SQLite", () => {
  let f: Fixture;
  const mailchimp = new FakeMailchimp();
  const stripe = new FakeStripe();
  const waits: number[] = [];

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

  async function audit(action: string) {
    const rows = await f.store.db.selectFrom("audit_log").select(["action", "data"]).orderBy("seq").execute();
    return rows.filter((r) => r.action.includes(action)).map((r) => JSON.parse(r.data) as Record<string, unknown>);
  }

  async function file(type: "access" | "erasure" | "rectification", email: string, details?: Record<string, unknown>) {
    const filed = await fileRequest(f.ctx, {
      type,
      identities: [{ type: "email", value: email }],
      lang: "en",
      ...(details ? { details } : {}),
    });
    await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) });
    return filed;
  }

  beforeAll(async () => {
    f = await lifecycleFixture({ register: withSystems, start: new Date().toISOString() });
    f.ctx.env.MAILCHIMP_API_URL = `${await mailchimp.listen()}/3.0`;
    f.ctx.env.MAILCHIMP_API_KEY = MAILCHIMP_KEY;
    f.ctx.env.STRIPE_API_URL = await stripe.listen();
    f.ctx.env.STRIPE_SECRET_KEY = STRIPE_KEY;
    // Retries and Retry-After are waited through this: recorded, never waited.
    f.ctx.sleep = async (ms) => void waits.push(ms);
    mailchimp.add({
      email_address: PERSON,
      status: "subscribed",
      merge_fields: { FNAME: "Ilse", LNAME: "Smit" },
      ip_signup: "192.0.2.44",
      timestamp_signup: "2024-05-06T07:08:09+00:00",
    });
    stripe.customers = ["cus_S1", "cus_S2", "cus_S3"].map((id) => ({
      id,
      email: PERSON,
      name: "Ilse Smit",
      phone: null,
      address: { line1: "Dorpsstraat 3", postal_code: "7411 AA", city: "Deventer", country: "NL" },
    }));
    stripe.customers.push({ id: "cus_OTHER", email: "other@example.nl", name: "Other", phone: null, address: null });
    await f.queue.start();
    await registerHandlers(f.queue, serviceHandlers(f.ctx));
  });
  afterAll(async () => {
    await f.close();
    await mailchimp.close();
    await stripe.close();
  });

  it("access: the package holds the database's rows and a section per system, through a 429 and a 500", async () => {
    mailchimp.injected.push({ status: 429, headers: { "retry-after": "2" } });
    stripe.injected.push({ status: 500, match: "GET /v1/customers/search" });
    const filed = await file("access", PERSON);
    await f.queue.drain({ timeoutMs: 30_000 });
    const view = await requestStatus(f.ctx, filed.statusToken);
    expect(view.status).toBe("completed");
    expect(waits).toContain(2000);

    const pkg = await downloadPackage(f.ctx, /\/download\/([\w-]+)/.exec(view.download!.url)![1]!);
    const files = await unzip(pkg.content);
    expect([...files.keys()]).toEqual(expect.arrayContaining(["users.csv", "mailchimp.csv", "stripe.csv"]));
    const data = JSON.parse(files.get("data.json")!.toString("utf8")) as {
      collections: Record<string, { rows: Record<string, unknown>[]; categories: Record<string, string> }>;
    };
    expect(data.collections.users!.rows).toHaveLength(1);
    expect(data.collections.mailchimp!.rows).toEqual([
      expect.objectContaining({ email_address: PERSON, "merge_fields.FNAME": "Ilse" }),
    ]);
    expect(data.collections.mailchimp!.categories["ip_signup"]).toBe("online.ip_address");
    expect(data.collections.stripe!.rows.map((r) => r.id)).toEqual(["cus_S1", "cus_S2", "cus_S3"]);
    const html = files.get("index.html")!.toString("utf8");
    expect(html).toContain("Newsletter (Mailchimp)");
    expect(html).toContain("Payments (Stripe)");
    expect(html).not.toContain("cus_OTHER");

    expect(await events(filed.requestId, "system_%")).toEqual([
      { kind: "system_access", system: "mailchimp", outcome: "found", records: 1 },
      { kind: "system_access", system: "stripe", outcome: "found", records: 3 },
    ]);
    expect((await audit("system_access")).slice(-2)).toEqual([
      { type: "access", system: "mailchimp", outcome: "found", records: 1 },
      { type: "access", system: "stripe", outcome: "found", records: 3 },
    ]);
  });

  it("erasure: the database, the Mailchimp member and each Stripe customer, each recorded", async () => {
    const filed = await file("erasure", PERSON);
    await approveRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer" });
    await f.queue.drain({ timeoutMs: 30_000 });
    // Partially: the demo's invoices are kept under the tax hold; the systems are not the reason.
    expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("partially_completed");
    expect(mailchimp.members.has(subscriberHash(PERSON))).toBe(false);
    expect(stripe.customers.map((c) => c.id)).toEqual(["cus_OTHER"]);

    expect(await events(filed.requestId, "system_%")).toEqual([
      { kind: "system_erasure", system: "mailchimp", outcome: "erased", records: 1 },
      { kind: "system_erasure", system: "stripe", outcome: "erased", records: 3 },
    ]);
    const [completion] = await events(filed.requestId, "complete%");
    expect(completion).toMatchObject({
      changed: true,
      systems: [
        { system: "mailchimp", outcome: "erased", records: 1 },
        { system: "stripe", outcome: "erased", records: 3 },
      ],
    });
    expect(completion).not.toHaveProperty("failed_systems");
    expect((await audit("system_erasure")).slice(-2)).toEqual([
      { type: "erasure", system: "mailchimp", outcome: "erased", records: 1 },
      { type: "erasure", system: "stripe", outcome: "erased", records: 3 },
    ]);
  });

  it("a system still failing after its retries ends the request partially, with the reason and no address", async () => {
    const email = f.emails[4]!;
    for (let i = 0; i < 5; i++) stripe.injected.push({ status: 503, match: "GET /v1/customers/search" });
    const filed = await file("access", email);
    await f.queue.drain({ timeoutMs: 30_000 });
    const view = await requestStatus(f.ctx, filed.statusToken);
    expect(view.status).toBe("partially_completed");
    // The person is told which system was not reached, and nothing is passed off as data kept by law.
    expect(view.unreached).toEqual({ systems: ["Payments (Stripe)"], unmarked: false });
    expect(view.kept).toEqual([]);
    const [done] = (await f.mailsTo(email)).filter((m) => m.subject.startsWith("Completed"));
    expect(done!.text).toContain("we could not reach Payments (Stripe)");
    expect(done!.text).not.toContain("the law requires");
    const reason =
      "system stripe: access GET /v1/customers/search?query=email:'{identity.email|quote}'&limit=100 answered 503 after 5 tries";
    const [completion] = await events(filed.requestId, "complete%");
    expect(completion).toMatchObject({
      systems: [
        { system: "mailchimp", outcome: "none", records: 0 },
        { system: "stripe", outcome: "failed", records: 0 },
      ],
      failed_systems: [{ system: "stripe", reason }],
    });
    const all = await f.store.db.selectFrom("request_events").select("data").execute();
    const log = await f.store.db.selectFrom("audit_log").select("data").execute();
    for (const row of [...all, ...log]) expect(row.data).not.toContain(email);
  });

  it("rectification: a correction named for a system goes to it, the database's to the database", async () => {
    const email = f.emails[6]!;
    mailchimp.add({
      email_address: email,
      status: "subscribed",
      merge_fields: { FNAME: "Old", LNAME: "Name" },
      ip_signup: "192.0.2.45",
      timestamp_signup: "2024-05-06T07:08:09+00:00",
    });
    const filed = await file("rectification", email, {
      corrections: [
        { field: "mailchimp.FNAME", value: "Nieuw" },
        { field: "users.name", value: "Nieuw Naam" },
      ],
    });
    await f.queue.drain({ timeoutMs: 30_000 });
    expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("completed");
    expect(mailchimp.members.get(subscriberHash(email))!.merge_fields).toEqual({ FNAME: "Nieuw", LNAME: "Name" });
    const [user] = await f.demo.db.selectFrom("users").select("name").where("email", "=", email).execute();
    expect(user!.name).toBe("Nieuw Naam");
    // Stripe has no correction addressed to it: it is not called, and nothing is recorded for it.
    expect(await events(filed.requestId, "system_%")).toEqual([
      { kind: "system_rectification", system: "mailchimp", outcome: "corrected", records: 1 },
    ]);
  });

  it("refuses at filing a correction of a field the system's rectification does not send", async () => {
    const error = await fileRequest(f.ctx, {
      type: "rectification",
      identities: [{ type: "email", value: PERSON }],
      lang: "en",
      details: { corrections: [{ field: "mailchimp.shoe_size", value: "44" }] },
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(OperationError);
    expect(error).toMatchObject({ field: "details.corrections[0]" });
    expect((error as Error).message).toContain('the system "mailchimp" takes no correction of "shoe_size"');
  });
});

describe("a register that reaches people only through HTTP systems", () => {
  let f: Fixture;
  const mailchimp = new FakeMailchimp();
  const email = "only.api@example.nl";

  beforeAll(async () => {
    f = await lifecycleFixture({
      subjects: 5,
      register: (register) => ({
        ...register,
        datasets: { connections: {}, collections: {}, systems: { mailchimp: exampleSystem("mailchimp") } },
      }),
    });
    f.ctx.env.MAILCHIMP_API_URL = `${await mailchimp.listen()}/3.0`;
    f.ctx.env.MAILCHIMP_API_KEY = MAILCHIMP_KEY;
    mailchimp.add({
      email_address: email,
      status: "subscribed",
      merge_fields: { FNAME: "Api", LNAME: "Only" },
      ip_signup: "192.0.2.50",
      timestamp_signup: "2024-05-06T07:08:09+00:00",
    });
  });
  afterAll(async () => {
    await f.close();
    await mailchimp.close();
  });

  it("carries out an erasure there, with no database declared", async () => {
    const filed = await fileRequest(f.ctx, {
      type: "erasure",
      identities: [{ type: "email", value: email }],
      lang: "nl",
    });
    await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) });
    if ((await requestStatus(f.ctx, filed.statusToken)).status === "awaiting_approval")
      await approveRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer" });
    expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "completed" });
    expect(mailchimp.members.size).toBe(0);
  });
});
