import Fastify, { type FastifyInstance, type LightMyRequestResponse } from "fastify";
import { API_SCOPES, type ApiScope, createApiToken } from "../../../src/auth/index.js";
import { apiPlugin } from "../../../src/http/api/index.js";
import type { CreateQueueOptions } from "../../../src/jobs/create.js";
import type { ServiceContext } from "../../../src/context/index.js";
import type { Store } from "../../../src/store/open.js";
import type { TestStore } from "../../helpers/stores.js";
import { serviceContext } from "../admin/service.js";

/** The tenant the harness's tenant:profile token acts for. */
export const HARNESS_TENANT = "harness-tenant";

export interface ApiHarness {
  app: FastifyInstance;
  store: Store;
  ctx: ServiceContext;
  clock: { now: Date };
  /** A bearer token per scope, and one with every scope. */
  tokens: Record<ApiScope | "all", string>;
  /** Every route the API registered, as "METHOD /url". */
  served: string[];
  call(method: string, url: string, token?: string, body?: unknown): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * The API on a bare Fastify instance over the suite's test store, emptied first so every harness
 * starts from nothing. `close` closes the app; the store is the suite's (useTestStore).
 */
export async function apiHarness(
  testStore: TestStore,
  options: { queue?: CreateQueueOptions } = {},
): Promise<ApiHarness> {
  await testStore.empty();
  const { store } = testStore;
  const clock = { now: new Date("2025-03-05T09:00:00.000Z") };
  const ctx = await serviceContext(store, clock, options);
  const app = Fastify();
  const served: string[] = [];
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) if (method !== "HEAD") served.push(`${method} ${route.url}`);
  });
  await app.register(apiPlugin, { ctx });
  await app.ready();
  const make = async (scopes: ApiScope[], name = scopes.join(" ")) =>
    (await createApiToken(store, { name, scopes }, { actor: "system" })).token;
  const tokens = {
    "requests:read": await make(["requests:read"]),
    "requests:write": await make(["requests:write"]),
    "requests:file_verified": await make(["requests:file_verified"]),
    "requests:decide": await make(["requests:decide"]),
    "consent:read": await make(["consent:read"]),
    "consent:write": await make(["consent:write"]),
    "subscriptions:read": await make(["subscriptions:read"]),
    "access-grants:manage": await make(["access-grants:manage"]),
    "access-grants:report": await make(["access-grants:report"]),
    "access-grants:tenant": await make(["access-grants:tenant"]),
    "breaches:read": await make(["breaches:read"]),
    "breaches:write": await make(["breaches:write"]),
    // A tenant's own scope: its token acts for the harness's tenant, as a tenant's token does.
    "tenant:profile": (
      await createApiToken(
        store,
        { name: "tenant", scopes: ["tenant:profile"], tenant: HARNESS_TENANT },
        { actor: "system" },
      )
    ).token,
    all: await make([...API_SCOPES], "every scope"),
  };
  return {
    app,
    store,
    ctx,
    clock,
    tokens,
    served,
    call(method, url, token, body) {
      return app.inject({
        method: method as "GET",
        url,
        headers: token ? { authorization: `Bearer ${token}` } : {},
        ...(body === undefined ? {} : { payload: body as object }),
      });
    },
    async close() {
      await app.close();
    },
  };
}
