import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { accessHttp, eraseHttp, rectifyHttp, stopHttp } from "../../src/systems/http/operations.js";
import { FakeMailchimp, LIST, MAILCHIMP_KEY, subscriberHash } from "./fakes/mailchimp.js";
import { FakeStripe, STRIPE_KEY } from "./fakes/stripe.js";
import { exampleSystem, fakeTime, run } from "./helpers.js";

const EMAIL = "Anna.de.Vries@example.nl";

describe("the shipped Mailchimp definition against a fake Marketing API", () => {
  const api = new FakeMailchimp();
  const system = exampleSystem("mailchimp");
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    env = { MAILCHIMP_API_URL: `${await api.listen()}/3.0`, MAILCHIMP_API_KEY: MAILCHIMP_KEY };
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.received = [];
    api.members.clear();
    api.add({
      email_address: EMAIL.toLowerCase(),
      status: "subscribed",
      merge_fields: { FNAME: "Anna", LNAME: "de Vries" },
      ip_signup: "192.0.2.7",
      timestamp_signup: "2025-01-02T03:04:05+00:00",
    });
  });

  it("finds the member by subscriber hash, never by address, and maps the fields", async () => {
    const found = await accessHttp("mailchimp", system, run(env, fakeTime().deps));
    expect(found.outcome).toEqual({ system: "mailchimp", outcome: "found", records: 1 });
    expect(found.records).toEqual([
      {
        email_address: EMAIL.toLowerCase(),
        "merge_fields.FNAME": "Anna",
        "merge_fields.LNAME": "de Vries",
        status: "subscribed",
        ip_signup: "192.0.2.7",
        timestamp_signup: "2025-01-02T03:04:05+00:00",
      },
    ]);
    expect(api.received[0]!.url).toBe(`/3.0/lists/${LIST}/members/${subscriberHash(EMAIL)}`);
    expect(api.received[0]!.url).not.toContain("example.nl");
  });

  it("answers no data for an address not on the list (404)", async () => {
    const found = await accessHttp("mailchimp", system, run(env, fakeTime().deps, "nobody@example.nl"));
    expect(found).toEqual({ outcome: { system: "mailchimp", outcome: "none", records: 0 }, records: [] });
  });

  it("erases permanently, and a second run finds nothing to erase", async () => {
    expect(await eraseHttp("mailchimp", system, run(env, fakeTime().deps))).toEqual({
      system: "mailchimp",
      outcome: "erased",
      records: 1,
    });
    expect(api.received.at(-1)).toMatchObject({
      method: "POST",
      url: `/3.0/lists/${LIST}/members/${subscriberHash(EMAIL)}/actions/delete-permanent`,
    });
    expect(api.members.size).toBe(0);
    expect((await eraseHttp("mailchimp", system, run(env, fakeTime().deps))).outcome).toBe("not_found");
  });

  it("corrects only the fields asked for, nested as the API wants them", async () => {
    const outcome = await rectifyHttp("mailchimp", system, run(env, fakeTime().deps), { FNAME: "Anne" });
    expect(outcome).toEqual({ system: "mailchimp", outcome: "corrected", records: 1 });
    expect(JSON.parse(api.received.at(-1)!.body)).toEqual({ merge_fields: { FNAME: "Anne" } });
    expect([...api.members.values()][0]!.merge_fields).toEqual({ FNAME: "Anne", LNAME: "de Vries" });
  });

  it("unsubscribes the member for an objection or a withdrawal, keeping them on the list", async () => {
    for (const operation of ["objection", "withdrawal"] as const) {
      api.members.get(subscriberHash(EMAIL))!.status = "subscribed";
      expect(await stopHttp("mailchimp", system, run(env, fakeTime().deps), operation)).toEqual({
        system: "mailchimp",
        outcome: "stopped",
        records: 1,
      });
      expect(api.received.at(-1)).toMatchObject({
        method: "PATCH",
        url: `/3.0/lists/${LIST}/members/${subscriberHash(EMAIL)}`,
      });
      expect(JSON.parse(api.received.at(-1)!.body)).toEqual({ status: "unsubscribed" });
      expect(api.members.get(subscriberHash(EMAIL))).toMatchObject({ status: "unsubscribed" });
    }
    // Run again (a retried job): the member stays unsubscribed; an address not on the list is nothing there.
    expect((await stopHttp("mailchimp", system, run(env, fakeTime().deps), "objection")).outcome).toBe("stopped");
    const nobody = await stopHttp("mailchimp", system, run(env, fakeTime().deps, "nobody@example.nl"), "objection");
    expect(nobody).toEqual({ system: "mailchimp", outcome: "not_found", records: 0 });
  });

  it("rides out a 429 and a 503 while unsubscribing, as erasure does", async () => {
    api.injected.push(
      { status: 429, headers: { "retry-after": "2" }, match: "PATCH" },
      { status: 503, match: "PATCH" },
    );
    const time = fakeTime();
    expect((await stopHttp("mailchimp", system, run(env, time.deps), "objection")).outcome).toBe("stopped");
    expect(api.received.map((r) => r.method)).toEqual(["PATCH", "PATCH", "PATCH"]);
    expect(time.waits).toEqual([2000, 750]);
    expect(api.members.get(subscriberHash(EMAIL))!.status).toBe("unsubscribed");
  });

  it("fails an unsubscribe still refused after its tries, naming the call, never the address", async () => {
    for (let i = 0; i < 4; i++) api.injected.push({ status: 500, match: "PATCH" });
    const error = await stopHttp("mailchimp", system, run(env, fakeTime().deps), "withdrawal").catch((e: Error) => e);
    expect((error as Error).message).toBe(
      "system mailchimp: withdrawal PATCH /lists/a1b2c3d4e5/members/{identity.email|md5} answered 500 after 4 tries",
    );
    expect(api.members.get(subscriberHash(EMAIL))!.status).toBe("subscribed");
  });

  it("rides out a 429 with Retry-After and a 500, waiting as told, without waiting for real", async () => {
    api.injected.push({ status: 429, headers: { "retry-after": "3" } }, { status: 500 });
    const time = fakeTime();
    const found = await accessHttp("mailchimp", system, run(env, time.deps));
    expect(found.outcome.outcome).toBe("found");
    expect(api.received).toHaveLength(3);
    // 3 s as asked; then, after the second try, the base doubled once (1000 ms) with half of it jittered.
    expect(time.waits).toEqual([3000, 750]);
  });
});

describe("the shipped Stripe definition against a fake customers API", () => {
  const api = new FakeStripe();
  const system = exampleSystem("stripe");
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    env = { STRIPE_API_URL: await api.listen(), STRIPE_SECRET_KEY: STRIPE_KEY };
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.received = [];
    api.customers = ["cus_A1", "cus_B2", "cus_C3"].map((id, i) => ({
      id,
      email: EMAIL,
      name: `Anna ${i}`,
      phone: null,
      address: { line1: "Kerkstraat 1", postal_code: "1011 AA", city: "Amsterdam", country: "NL" },
    }));
    api.customers.push({ id: "cus_Z9", email: "someone.else@example.nl", name: "Other", phone: null, address: null });
  });

  it("searches customers by address over every page", async () => {
    const found = await accessHttp("stripe", system, run(env, fakeTime().deps));
    expect(found.outcome).toEqual({ system: "stripe", outcome: "found", records: 3 });
    expect(found.records.map((r) => r.id)).toEqual(["cus_A1", "cus_B2", "cus_C3"]);
    expect(found.records[0]).toMatchObject({ email: EMAIL, "address.city": "Amsterdam", phone: null });
    expect(api.received.map((r) => new URL(r.url, "http://x").searchParams.get("page"))).toEqual([null, "2"]);
    expect(new URL(api.received[0]!.url, "http://x").searchParams.get("query")).toBe(`email:'${EMAIL}'`);
  });

  it("deletes each customer found, leaving other people's", async () => {
    expect(await eraseHttp("stripe", system, run(env, fakeTime().deps))).toEqual({
      system: "stripe",
      outcome: "erased",
      records: 3,
    });
    expect(api.customers.map((c) => c.id)).toEqual(["cus_Z9"]);
    expect(api.received.filter((r) => r.method === "DELETE").map((r) => r.url)).toEqual([
      "/v1/customers/cus_A1",
      "/v1/customers/cus_B2",
      "/v1/customers/cus_C3",
    ]);
    expect((await eraseHttp("stripe", system, run(env, fakeTime().deps))).outcome).toBe("not_found");
  });

  it("corrects each customer with a form body and an idempotency key per customer", async () => {
    await rectifyHttp("stripe", system, run(env, fakeTime().deps), { name: "Anna de Vries" });
    const posts = api.received.filter((r) => r.method === "POST");
    expect(posts.map((p) => p.body)).toEqual(Array(3).fill("name=Anna+de+Vries"));
    const keys = posts.map((p) => p.headers["idempotency-key"]);
    expect(new Set(keys).size).toBe(3);
    expect(api.customers.filter((c) => c.name === "Anna de Vries")).toHaveLength(3);
  });

  it("gives up after its tries with a reason naming the call, never the address", async () => {
    for (let i = 0; i < 5; i++) api.injected.push({ status: 500, match: "GET /v1/customers/search" });
    const error = await accessHttp("stripe", system, run(env, fakeTime().deps)).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      "system stripe: access GET /v1/customers/search?query=email:'{identity.email|quote}'&limit=100 answered 500 after 5 tries",
    );
    expect((error as Error).message).not.toContain("example.nl");
  });

  it("refuses to go on without its secret key, naming the variable only", async () => {
    const error = await accessHttp(
      "stripe",
      system,
      run({ STRIPE_API_URL: env.STRIPE_API_URL }, fakeTime().deps),
    ).catch((e: Error) => e);
    expect((error as Error).message).toBe("system stripe: the environment variable STRIPE_SECRET_KEY is not set");
  });
});
