import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../../src/auth/index.js";
import { apiPlugin } from "../../../src/http/api/index.js";
import { type ConsoleHarness, consoleHarness } from "../admin/harness.js";
import { CONSOLE_ROUTES, concrete as consoleConcrete } from "../admin/routes.js";
import { fileVerified } from "../admin/service.js";
import type { ApiHarness } from "./harness.js";
import { API_ROUTES, concrete as apiConcrete } from "./routes.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";

/*
 * A requester holds one secret: the status link of their own request. Whatever they do with it, no
 * console or API route shows them anything of anyone's request: every way of presenting it is treated
 * as no credential at all.
 */

await describeEachStore("isolation between requesters", (kind) => {
  const testStore = useTestStore(kind);

  let h: ConsoleHarness;
  let api: ApiHarness;
  let statusToken: string;
  let counter = 0;

  beforeAll(async () => {
    h = await consoleHarness(testStore(), async (app, ctx) => {
      await app.register(apiPlugin, { ctx });
    });
    const all = (
      await createApiToken(
        h.store,
        {
          name: "setup",
          scopes: [
            "requests:read",
            "requests:write",
            "requests:file_verified",
            "requests:decide",
            "consent:read",
            "consent:write",
          ],
        },
        { actor: "system" },
      )
    ).token;
    // The route tables make their targets through this view of the same app and store.
    api = {
      app: h.app,
      store: h.store,
      ctx: h.ctx,
      clock: h.clock,
      tokens: {
        "requests:read": all,
        "requests:write": all,
        "requests:file_verified": all,
        "requests:decide": all,
        "consent:read": all,
        "consent:write": all,
        "subscriptions:read": all,
        "access-grants:manage": all,
        "access-grants:report": all,
        "access-grants:tenant": all,
        "breaches:read": all,
        "breaches:write": all,
        "tenant:profile": all,
        all,
      },
      served: [],
      call: (method, url, token, body) =>
        h.app.inject({
          method: method as "GET",
          url,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          ...(body === undefined ? {} : { payload: body as object }),
        }),
      close: async () => {},
    };
    ({ statusToken } = await fileVerified(h.ctx, "access", "requester-a@example.nl"));
  });
  afterAll(() => h.close());

  /** The ways a requester could present their status link to a route. */
  const presentations = () => [
    { name: "nothing", headers: {}, query: "" },
    { name: "bearer", headers: { authorization: `Bearer ${statusToken}` }, query: "" },
    { name: "console cookie", headers: { cookie: `waarborg_admin=${statusToken}` }, query: "" },
    { name: "query", headers: {}, query: `token=${statusToken}` },
  ];

  const withQuery = (url: string, query: string) => (query ? `${url}${url.includes("?") ? "&" : "?"}${query}` : url);

  describe("a requester and other requesters' requests", () => {
    it.each(CONSOLE_ROUTES.map((r) => [`${r.method} ${r.pattern}`, r] as const))(
      "console %s: every way of using a status link leads to the sign-in page",
      async (_name, route) => {
        for (const p of presentations()) {
          const { url, fields } = await consoleConcrete(route, h, `iso${++counter}`);
          const response = await h.app.inject({
            method: route.method,
            url: withQuery(url, p.query),
            headers: {
              ...p.headers,
              ...(route.method === "POST" ? { "content-type": "application/x-www-form-urlencoded" } : {}),
            },
            ...(route.method === "POST"
              ? {
                  payload: new URLSearchParams({
                    ...(fields as Record<string, string>),
                    _csrf: statusToken,
                  }).toString(),
                }
              : {}),
          });
          expect(response.statusCode, p.name).toBe(303);
          expect(response.headers.location, p.name).toMatch(/^\/admin\/sign-in/);
          expect(response.body).not.toContain("@example.nl");
        }
      },
    );

    it.each(API_ROUTES.filter((r) => r.scope !== null).map((r) => [`${r.method} ${r.pattern}`, r] as const))(
      "API %s: every way of using a status link is refused with 401",
      async (_name, route) => {
        for (const p of presentations()) {
          const { url, body } = await apiConcrete(route, api, `iso${++counter}`);
          const response = await h.app.inject({
            method: route.method,
            url: withQuery(url, p.query),
            headers: p.headers,
            ...(body === undefined ? {} : { payload: body as object }),
          });
          expect(response.statusCode, p.name).toBe(401);
          expect(response.body).not.toContain("@example.nl");
        }
      },
    );
  });
});
