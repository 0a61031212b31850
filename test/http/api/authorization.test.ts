import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_SCOPES } from "../../../src/auth/index.js";
import { fileVerified } from "../admin/service.js";
import { type ApiHarness, apiHarness } from "./harness.js";
import { API_ROUTES, type ApiRoute, concrete } from "./routes.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";

await describeEachStore("the API's authorization", (kind) => {
  const testStore = useTestStore(kind);

  let h: ApiHarness;
  let counter = 0;
  const nextTag = () => `t${++counter}`;

  beforeAll(async () => {
    h = await apiHarness(testStore());
  });
  afterAll(() => h.close());

  async function attempt(route: ApiRoute, token: string | undefined, headers: Record<string, string> = {}) {
    const { url, body } = await concrete(route, h, nextTag());
    return h.app.inject({
      method: route.method,
      url,
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  }

  describe("API authorization matrix", () => {
    it("covers every route the API serves", () => {
      expect([...new Set(h.served)].sort()).toEqual(API_ROUTES.map((r) => `${r.method} ${r.pattern}`).sort());
    });

    it.each(API_ROUTES.map((r) => [`${r.method} ${r.pattern}`, r] as const))(
      "%s: 401 without a token, 403 without the scope, done with it",
      async (_name, route) => {
        const anonymous = await attempt(route, undefined);
        if (route.scope === null) {
          expect(anonymous.statusCode).toBe(route.ok);
          return;
        }
        expect(anonymous.statusCode).toBe(401);
        expect(anonymous.headers["www-authenticate"]).toMatch(/^Bearer/);
        expect(anonymous.json()).toEqual({
          error: { code: "unauthorized", message: "a valid bearer token is required" },
        });
        for (const scope of API_SCOPES) {
          const response = await attempt(route, h.tokens[scope]);
          if (scope === route.scope) expect(response.statusCode, `${scope}: ${response.body}`).toBe(route.ok);
          else {
            expect(response.statusCode, scope).toBe(403);
            expect(response.json().error.code).toBe("insufficient_scope");
          }
        }
      },
    );

    it.each(API_ROUTES.filter((r) => r.scope !== null).map((r) => [`${r.method} ${r.pattern}`, r] as const))(
      "%s: checks the token before the input, so a caller without one learns nothing of the schema",
      async (_name, route) => {
        const url = route.pattern.replace(/:[a-z_]+/gi, "not-a-valid-id");
        for (const payload of ['{"unexpected": [1, 2, 3]}', "not json at all"]) {
          const response = await h.app.inject({
            method: route.method,
            url: `${url}?limit=minus-one&status=nonsense`,
            headers: { "content-type": "application/json" },
            ...(route.method === "GET" || route.method === "DELETE" ? {} : { payload }),
          });
          expect(response.statusCode, response.body).toBe(401);
          expect(response.json()).toEqual({
            error: { code: "unauthorized", message: "a valid bearer token is required" },
          });
        }
        const wrongScope = API_SCOPES.find((scope) => scope !== route.scope)!;
        const refused = await h.app.inject({
          method: route.method,
          url,
          headers: { "content-type": "application/json", authorization: `Bearer ${h.tokens[wrongScope]}` },
          ...(route.method === "GET" || route.method === "DELETE" ? {} : { payload: '{"unexpected": true}' }),
        });
        expect(refused.statusCode).toBe(403);
      },
    );

    it("takes no status link, session cookie, revoked or malformed token for a bearer token", async () => {
      const route = API_ROUTES.find((r) => r.pattern === "/api/requests" && r.method === "GET")!;
      const { statusToken } = await fileVerified(h.ctx, "access", "x@example.nl");
      for (const value of [statusToken, "wbt_forged", `${h.tokens.all}x`, ""]) {
        expect((await attempt(route, value)).statusCode, value).toBe(401);
      }
      expect((await attempt(route, undefined, { cookie: "waarborg_admin=anything" })).statusCode).toBe(401);
      expect((await attempt(route, undefined, { authorization: `Basic ${h.tokens.all}` })).statusCode).toBe(401);
    });

    it("answers unknown API paths with the JSON error shape", async () => {
      const response = await h.call("GET", "/api/nope", h.tokens.all);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ error: { code: "not_found", message: "no such route" } });
    });
  });
});
