import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../../src/auth/index.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";
import { listOutbox } from "../../../src/mail/outbox.js";
import { type ApiHarness, apiHarness } from "./harness.js";
import { openDsrBody } from "./routes.js";

const body = (email: string) => ({ type: "access", identities: [{ type: "email", value: email }], lang: "en" });

await describeEachStore("requests a tenant's token files", (kind) => {
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
          { name: `customer ${tenant}`, scopes: ["requests:read", "requests:write"], tenant },
          { actor: "system" },
        )
      ).token;
    tokenA = await make("a");
    tokenB = await make("b");
  });
  afterAll(() => h.close());

  const file = async (token: string, email: string): Promise<string> => {
    const filed = await h.call("POST", "/api/requests", token, body(email));
    expect(filed.statusCode, filed.body).toBe(201);
    return filed.json().id as string;
  };
  const tenantOf = async (id: string) =>
    (await h.store.db.selectFrom("requests").select("tenant").where("id", "=", id).executeTakeFirstOrThrow()).tenant;

  describe("filing and following", () => {
    it("records the tenant of the token a request was filed with, and none for the company's own", async () => {
      const a = await file(tokenA, "sam@example.nl");
      const own = await file(h.tokens["requests:write"], "sam@example.nl");
      expect(await tenantOf(a)).toBe("a");
      expect(await tenantOf(own)).toBeNull();
    });

    it("lets a tenant's token read its own requests, and answers 404 for another tenant's", async () => {
      const a = await file(tokenA, "kim@example.nl");
      const b = await file(tokenB, "kim@example.nl");
      expect((await h.call("GET", `/api/requests/${a}`, tokenA)).statusCode).toBe(200);
      const other = await h.call("GET", `/api/requests/${b}`, tokenA);
      expect(other.statusCode).toBe(404);
      // Not found the same way as a request that does not exist: nothing tells the two apart.
      const missing = await h.call("GET", "/api/requests/00000000-0000-4000-8000-000000000000", tokenA);
      expect(other.json()).toEqual(missing.json());
      // The company's own token still reads every tenant's request.
      expect((await h.call("GET", `/api/requests/${b}`, h.tokens["requests:read"])).statusCode).toBe(200);
    });

    it("lists only the tenant's requests to its token", async () => {
      const b = await file(tokenB, "lee@example.nl");
      const list = await h.call("GET", "/api/requests?status=all", tokenA);
      expect(list.statusCode, list.body).toBe(200);
      const ids = (list.json().requests as { id: string }[]).map((r) => r.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).not.toContain(b);
      for (const id of ids) expect(await tenantOf(id)).toBe("a");
    });
  });

  describe("OpenDSR", () => {
    it("refuses a tenant's token, whose requests are filed and followed under /api/requests", async () => {
      const body = openDsrBody("dsr-tenant@example.nl");
      const filed = await h.call("POST", "/v1/requests", tokenA, body);
      expect(filed.statusCode).toBe(403);
      expect(filed.json().error.code).toBe("insufficient_scope");
      expect(await listOutbox(h.store, { to: "dsr-tenant@example.nl" })).toEqual([]);
      // Nor does it read or cancel the company's own OpenDSR requests.
      expect((await h.call("POST", "/v1/requests", h.tokens["requests:write"], body)).statusCode).toBe(201);
      expect((await h.call("GET", `/v1/requests/${body.subject_request_id}`, tokenA)).statusCode).toBe(403);
      expect((await h.call("DELETE", `/v1/requests/${body.subject_request_id}`, tokenA)).statusCode).toBe(403);
      const own = await h.call("GET", `/v1/requests/${body.subject_request_id}`, h.tokens["requests:read"]);
      expect(own.json().request_status).toBe("pending");
    });
  });
});
