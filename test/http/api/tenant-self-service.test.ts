import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiToken } from "../../../src/auth/index.js";
import { readAudit } from "../../../src/audit/index.js";
import { CALLBACK_KEY_ENV, tenantCallbackSecret } from "../../../src/tenants/index.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";
import { type ApiHarness, apiHarness } from "./harness.js";

await describeEachStore("a tenant's own entry in the directory", (kind) => {
  const testStore = useTestStore(kind);

  let h: ApiHarness;
  let tokenA: string;
  let tokenB: string;
  beforeAll(async () => {
    h = await apiHarness(testStore());
    const make = async (tenant: string) =>
      (
        await createApiToken(
          h.store,
          { name: `customer ${tenant}`, scopes: ["tenant:profile"], tenant },
          { actor: "system" },
        )
      ).token;
    tokenA = await make("a");
    tokenB = await make("b");
  });
  afterAll(() => h.close());

  it("lets each tenant's token record and read its own entry only", async () => {
    expect((await h.call("GET", "/api/tenant", tokenA)).statusCode).toBe(404);
    const put = await h.call("PUT", "/api/tenant", tokenA, { name: "Atelier A", email: "privacy@a.example" });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ key: "a", name: "Atelier A", email: "privacy@a.example", url: null });
    // B sees no entry of its own, and nothing of A's: the tenant comes from the token alone.
    expect((await h.call("GET", "/api/tenant", tokenB)).statusCode).toBe(404);
    await h.call("PUT", "/api/tenant", tokenB, { name: "Bakkerij B", url: "https://b.example/privacy" });
    expect((await h.call("GET", "/api/tenant", tokenA)).json()).toMatchObject({ key: "a", name: "Atelier A" });
    expect((await h.call("GET", "/api/tenant", tokenB)).json()).toMatchObject({ key: "b", name: "Bakkerij B" });
    const audit = await readAudit(h.store, { subjectType: "tenant", subjectId: "a" });
    expect(audit.map((e) => e.action)).toEqual(["tenant.created"]);
    expect(audit[0]!.actor).toMatch(/^api:/);
  });

  it("cannot be pointed at another tenant by the body or the path", async () => {
    const sneaky = await h.call("PUT", "/api/tenant", tokenB, { key: "a", name: "Not A", url: "https://x.example" });
    expect(sneaky.statusCode).toBe(400);
    expect(sneaky.json().error.field).toBe("key");
    expect((await h.call("GET", "/api/tenant/a", tokenB)).statusCode).toBe(404);
    expect((await h.call("GET", "/api/tenant", tokenA)).json().name).toBe("Atelier A");
  });

  it("names the field at fault, never the value", async () => {
    const bad = await h.call("PUT", "/api/tenant", tokenA, { name: "Atelier A", email: "jan-at-a" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: "invalid_request", field: "email" });
    expect(bad.body).not.toContain("jan-at-a");
    const url = await h.call("PUT", "/api/tenant", tokenA, { name: "Atelier A", url: "ftp://a.example" });
    expect(url.json().error.field).toBe("url");
    const none = await h.call("PUT", "/api/tenant", tokenA, { name: "Atelier A" });
    expect(none.json().error).toMatchObject({ field: "email", message: expect.stringMatching(/privacy contact/) });
    const wrongType = await h.call("PUT", "/api/tenant", tokenA, { name: 7 });
    expect(wrongType.json().error.field).toBe("name");
  });

  it("answers 404 to the company's own token, which acts for no tenant", async () => {
    const own = await h.call("GET", "/api/tenant", h.tokens.all);
    expect(own.statusCode).toBe(404);
    expect(own.json().error.message).toBe("this token acts for no tenant");
  });

  it("records a callback URL, https only beyond this machine, and names the field at fault", async () => {
    const body = { name: "Atelier A", email: "privacy@a.example" };
    const set = await h.call("PUT", "/api/tenant", tokenA, { ...body, callbackUrl: "https://a.example/hooks" });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().callbackUrl).toBe("https://a.example/hooks");
    for (const callbackUrl of ["http://a.example/hooks", "javascript:alert(1)", "https://u:p@a.example/"]) {
      const bad = await h.call("PUT", "/api/tenant", tokenA, { ...body, callbackUrl });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toMatchObject({ code: "invalid_request", field: "callbackUrl" });
      expect(bad.body).not.toContain("a.example/hooks");
    }
    const wrongType = await h.call("PUT", "/api/tenant", tokenA, { ...body, callbackUrl: 7 });
    expect(wrongType.json().error.field).toBe("callbackUrl");
    expect((await h.call("GET", "/api/tenant", tokenA)).json().callbackUrl).toBe("https://a.example/hooks");
    // The PUT replaces the entry: a callback URL left out stops the callbacks.
    expect((await h.call("PUT", "/api/tenant", tokenA, body)).json().callbackUrl).toBeNull();
    const local = await h.call("PUT", "/api/tenant", tokenA, { ...body, callbackUrl: "http://localhost:8080/hooks" });
    expect(local.statusCode, local.body).toBe(200);
  });

  it("hands each tenant's token its own callback secret, derived from the server key", async () => {
    delete h.ctx.env[CALLBACK_KEY_ENV];
    const unset = await h.call("GET", "/api/tenant/callback-secret", tokenA);
    expect(unset.statusCode).toBe(503);
    expect(unset.json().error.code).toBe("not_configured");
    h.ctx.env[CALLBACK_KEY_ENV] = "self-service-server-key-01";
    const a = (await h.call("GET", "/api/tenant/callback-secret", tokenA)).json().secret;
    const b = (await h.call("GET", "/api/tenant/callback-secret", tokenB)).json().secret;
    expect(a).toBe(tenantCallbackSecret(h.ctx.env, "a"));
    expect(b).toBe(tenantCallbackSecret(h.ctx.env, "b"));
    expect(a).not.toBe(b);
    // Rotation: a new server key gives every tenant a new secret, and nothing stored has to change.
    h.ctx.env[CALLBACK_KEY_ENV] = "self-service-server-key-02";
    expect((await h.call("GET", "/api/tenant/callback-secret", tokenA)).json().secret).not.toBe(a);
    expect((await h.call("GET", "/api/tenant/callback-secret", h.tokens.all)).statusCode).toBe(404);
  });
});
