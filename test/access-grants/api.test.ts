import { afterAll, beforeAll, expect, it } from "vitest";
import { createGrantVerifier, type KeySet } from "../../src/access-grants/index.js";
import { readAudit } from "../../src/audit/index.js";
import { createApiToken } from "../../src/auth/index.js";
import { describeEachStore, useTestStore } from "../helpers/stores.js";
import { type ApiHarness, apiHarness } from "../http/api/harness.js";

await describeEachStore("support access grants through the API", (kind) => {
  const testStore = useTestStore(kind);
  let h: ApiHarness;
  let approver: string;

  beforeAll(async () => {
    h = await apiHarness(testStore());
    approver = (
      await createApiToken(h.store, { name: "second", scopes: ["access-grants:manage"] }, { actor: "system" })
    ).token;
  });
  afterAll(() => h.close());

  it("runs a grant from request to revocation, verified by the application from the published keys alone", async () => {
    const manage = h.tokens["access-grants:manage"];
    const asked = await h.call("POST", "/api/access-grants", manage, {
      tenant: "tenant-42",
      reason: "the export fails",
      reference: { kind: "ticket", id: "SUP-9" },
      grantee: "staff-7",
      durationMinutes: 120,
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const id = asked.json().id as string;
    // Whoever asked cannot approve: the same token is the same actor.
    expect((await h.call("POST", `/api/access-grants/${id}/approve`, manage)).statusCode).toBe(409);
    expect((await h.call("POST", `/api/access-grants/${id}/approve`, approver)).json().state).toBe("awaiting_customer");
    expect((await h.call("POST", `/api/access-grants/${id}/token`, manage)).statusCode).toBe(409);

    const tenant = h.tokens["access-grants:tenant"];
    const decided = await h.call("POST", `/api/access-grants/${id}/customer-decision`, tenant, {
      tenant: "tenant-42",
      decision: "approve",
      by: "tenant-admin-1",
    });
    expect(decided.json()).toMatchObject({ state: "active", customerApproval: "approved" });

    const issued = await h.call("POST", `/api/access-grants/${id}/token`, manage);
    expect(issued.statusCode).toBe(201);
    const keys = (await h.call("GET", "/.well-known/jwks.json")).json() as KeySet;
    const verifier = createGrantVerifier(keys, { issuer: "http://localhost" });
    const token = issued.json().token as string;
    expect(verifier.verify(token, { now: h.clock.now, tenant: "tenant-42" }).ok).toBe(true);

    const used = await h.call("POST", `/api/access-grants/${id}/uses`, h.tokens["access-grants:report"], {
      tenant: "tenant-42",
      action: "export.retry",
    });
    expect(used.json()).toEqual({ withinGrant: true });
    const entries = await readAudit(h.store, { subjectType: "access_grant", subjectId: id });
    expect(entries.filter((e) => e.action === "access_grant.used")).toHaveLength(1);

    const log = await h.call("GET", "/api/tenants/tenant-42/access-log", tenant);
    expect(log.json().grants).toMatchObject([
      { id, reason: "the export fails", reference: { id: "SUP-9" }, uses: [{ action: "export.retry" }] },
    ]);
    expect((await h.call("GET", "/api/tenants/tenant-9/access-log", tenant)).json().grants).toEqual([]);

    await h.call("POST", `/api/access-grants/${id}/revoke`, manage, { reason: "solved" });
    const list = await h.call("GET", "/.well-known/access-grant-revocations");
    expect(list.headers["content-type"]).toMatch(/^application\/jwt/);
    const revocations = verifier.verifyRevocations(list.body, h.clock.now);
    if (!revocations.ok) throw new Error(revocations.refusal);
    expect(verifier.verify(token, { now: h.clock.now, revocations: revocations.claims })).toEqual({
      ok: false,
      refusal: "revoked",
    });
  });

  it("names the field at fault and never repeats the input", async () => {
    const response = await h.call("POST", "/api/access-grants", h.tokens["access-grants:manage"], {
      tenant: "tenant-42",
      reason: "x",
      reference: { kind: "ticket", id: "SUP-9" },
      grantee: "staff-7",
      durationMinutes: 100_000,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: "invalid_request", field: "durationMinutes" });
    const use = await h.call("POST", "/api/access-grants/nope/uses", h.tokens["access-grants:report"], {
      tenant: "jan@example.nl",
      action: "Jan Jansen opened",
    });
    expect(use.json().error).toMatchObject({ field: "action" });
    expect(use.body).not.toContain("Jan");
  });

  it("publishes an empty key set and no revocation list on a service without a signing key", async () => {
    const key = h.ctx.env.WAARBORG_GRANT_SIGNING_KEY;
    delete h.ctx.env.WAARBORG_GRANT_SIGNING_KEY;
    try {
      expect((await h.call("GET", "/.well-known/jwks.json")).json()).toEqual({ keys: [] });
      const list = await h.call("GET", "/.well-known/access-grant-revocations");
      expect(list.statusCode, list.body).toBe(503);
      expect(list.json().error.code).toBe("not_configured");
    } finally {
      h.ctx.env.WAARBORG_GRANT_SIGNING_KEY = key;
    }
  });
});
