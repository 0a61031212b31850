import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Register } from "../../src/register/index.js";
import { notConcerned } from "../../src/systems/concerns.js";
import { planSystems, restrictSystems, type SystemOutcome, stopSystems } from "../../src/systems/index.js";
import { FakeMailchimp, LIST, MAILCHIMP_KEY, subscriberHash } from "./fakes/mailchimp.js";
import { exampleSystem, fakeTime, httpSystem, run } from "./helpers.js";

const EMAIL = "Anna.de.Vries@example.nl";
const mailchimp = exampleSystem("mailchimp");

/** The register's activities as the systems read them: the newsletter is marketing, fraud checks are not. */
function register(systems: Record<string, unknown>): Register {
  return {
    activities: {
      newsletter: { purpose_kind: "marketing.newsletter" },
      security_logging: { purpose_kind: "security.fraud" },
    },
    datasets: { connections: {}, collections: {}, systems },
  } as unknown as Register;
}

describe("which objections and withdrawals an HTTP system's call carries out", () => {
  const r = register({ mailchimp });

  it("an objection to one of its activities, or to direct marketing when one of them is marketing", () => {
    expect(notConcerned(r, mailchimp, { type: "objection", activities: ["newsletter"] })).toBeUndefined();
    expect(notConcerned(r, mailchimp, { type: "objection", directMarketing: true })).toBeUndefined();
    expect(notConcerned(r, mailchimp, { type: "objection", activities: ["security_logging"] })).toBe(
      "the objection concerns none of its activities (newsletter)",
    );
    expect(notConcerned(r, mailchimp, { type: "objection" })).toBeDefined();
  });

  it("direct marketing does not reach a call that serves no marketing activity", () => {
    const fraud = httpSystem({
      objection: { activities: ["security_logging"], method: "DELETE", path: "/watch/{identity.email|md5}" },
    });
    expect(notConcerned(r, fraud, { type: "objection", directMarketing: true })).toBe(
      "the objection concerns none of its activities (security_logging)",
    );
  });

  it("a withdrawal of one of its purposes, or of every consent when it names none", () => {
    expect(notConcerned(r, mailchimp, { type: "withdrawal", purposes: ["analytics", "newsletter"] })).toBeUndefined();
    expect(notConcerned(r, mailchimp, { type: "withdrawal" })).toBeUndefined();
    expect(notConcerned(r, mailchimp, { type: "withdrawal", purposes: ["analytics"] })).toBe(
      "the withdrawal concerns none of its purposes (newsletter)",
    );
  });

  it("refuses an objection or withdrawal call that names nothing it serves", () => {
    expect(() => httpSystem({ objection: { method: "PATCH", path: "/x" } })).toThrow(/activities/);
    expect(() => httpSystem({ withdrawal: { method: "PATCH", path: "/x", purposes: [] } })).toThrow(/consent purposes/);
  });
});

describe("objection, withdrawal and restriction through the systems", () => {
  const api = new FakeMailchimp();
  // A system that declares a restriction: here, on Mailchimp, archiving the member by a plain DELETE.
  const archiving = {
    ...mailchimp,
    restriction: {
      ...mailchimp.erasure!,
      method: "DELETE" as const,
      path: `/lists/${LIST}/members/{identity.email|md5}`,
    },
  };
  let env: NodeJS.ProcessEnv;
  const heard: SystemOutcome[] = [];
  const hear = async (o: SystemOutcome) => void heard.push(o);
  beforeAll(async () => {
    env = { MAILCHIMP_API_URL: `${await api.listen()}/3.0`, MAILCHIMP_API_KEY: MAILCHIMP_KEY };
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.received = [];
    heard.length = 0;
    api.members.clear();
    api.add({
      email_address: EMAIL.toLowerCase(),
      status: "subscribed",
      merge_fields: { FNAME: "Anna", LNAME: "de Vries" },
      ip_signup: "192.0.2.7",
      timestamp_signup: "2025-01-02T03:04:05+00:00",
    });
  });

  it("an objection to direct marketing unsubscribes the member, and each outcome is heard", async () => {
    const outcomes = await stopSystems(
      register({ mailchimp, stripe: exampleSystem("stripe") }),
      run(env, fakeTime().deps),
      { type: "objection", directMarketing: true },
      hear,
    );
    // Stripe declares no objection request: it is not reached, and nothing is said about it.
    expect(outcomes).toEqual([{ system: "mailchimp", outcome: "stopped", records: 1 }]);
    expect(heard).toEqual(outcomes);
    expect(api.members.get(subscriberHash(EMAIL))!.status).toBe("unsubscribed");
  });

  it("an unrelated objection does not call it, and says why", async () => {
    const outcomes = await stopSystems(
      register({ mailchimp }),
      run(env, fakeTime().deps),
      { type: "objection", activities: ["security_logging"] },
      hear,
    );
    expect(outcomes).toEqual([
      {
        system: "mailchimp",
        outcome: "not_concerned",
        records: 0,
        reason: "the objection concerns none of its activities (newsletter)",
      },
    ]);
    expect(api.received).toEqual([]);
    expect(api.members.get(subscriberHash(EMAIL))!.status).toBe("subscribed");
  });

  it("a system still failing after its retries is an outcome, not the end of the run", async () => {
    for (let i = 0; i < 4; i++) api.injected.push({ status: 502, match: "PATCH" });
    const outcomes = await stopSystems(
      register({ mailchimp }),
      run(env, fakeTime().deps),
      { type: "withdrawal", purposes: ["newsletter"] },
      hear,
    );
    expect(outcomes).toMatchObject([{ system: "mailchimp", outcome: "failed", records: 0 }]);
    expect(outcomes[0]!.reason).toContain("answered 502 after 4 tries");
  });

  it("restriction reaches only the systems that declare how", async () => {
    const outcomes = await restrictSystems(register({ archiving, mailchimp }), run(env, fakeTime().deps), hear);
    expect(outcomes).toEqual([{ system: "archiving", outcome: "restricted", records: 1 }]);
    expect(api.received.map((r) => r.method)).toEqual(["DELETE"]);
    expect(api.members.get(subscriberHash(EMAIL))!.status).toBe("archived");
  });

  it("the plan shows the calls and which requests they are made for", () => {
    const r = register({ archiving, mailchimp, stripe: exampleSystem("stripe") });
    expect(planSystems(r, "objection", ["email"])).toEqual([
      {
        system: "archiving",
        calls: [`PATCH /lists/${LIST}/members/{identity.email|md5}`],
        only: "for an objection to newsletter or to direct marketing",
      },
      {
        system: "mailchimp",
        calls: [`PATCH /lists/${LIST}/members/{identity.email|md5}`],
        only: "for an objection to newsletter or to direct marketing",
      },
      { system: "stripe", calls: [], skipped: "it declares no objection request" },
    ]);
    expect(planSystems(r, "withdrawal", ["email"])[1]).toMatchObject({
      only: "for a withdrawal of consent to newsletter",
    });
    expect(planSystems(r, "restriction", ["email"]).map((p) => (p.calls.length ? p.calls : p.skipped))).toEqual([
      [`DELETE /lists/${LIST}/members/{identity.email|md5}`],
      "it declares no restriction request",
      "it declares no restriction request",
    ]);
  });
});
