import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiToken } from "../../../src/auth/index.js";
import { readAudit } from "../../../src/audit/index.js";
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
});
