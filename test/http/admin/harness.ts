import Fastify, { type FastifyInstance, type LightMyRequestResponse } from "fastify";
import { createSession, createUser, SignInLimiter, type UserRole, USER_ROLES } from "../../../src/auth/index.js";
import { adminPlugin } from "../../../src/http/admin/index.js";
import type { ServiceContext } from "../../../src/context/index.js";
import type { Store } from "../../../src/store/open.js";
import type { TestStore } from "../../helpers/stores.js";
import { serviceContext } from "./service.js";

export const PASSWORD = "a long enough password";

export interface Signed {
  userId: string;
  cookie: string;
  csrf: string;
}

export interface ConsoleHarness {
  app: FastifyInstance;
  store: Store;
  ctx: ServiceContext;
  limiter: SignInLimiter;
  /** One signed-in user per role. */
  as: Record<UserRole, Signed>;
  clock: { now: Date };
  /** Every route the console registered, as "METHOD /url" (HEAD twins left out). */
  served: string[];
  close(): Promise<void>;
}

/**
 * The console on a bare Fastify instance over the suite's test store, emptied first so every harness
 * starts from nothing; `more` registers further plugins on the same instance. `close` closes the app;
 * the store is the suite's (useTestStore).
 */
export async function consoleHarness(
  testStore: TestStore,
  more: (app: FastifyInstance, ctx: ServiceContext) => Promise<void> = async () => {},
  options: Parameters<typeof serviceContext>[2] = {},
): Promise<ConsoleHarness> {
  await testStore.empty();
  const { store } = testStore;
  const clock = { now: new Date("2025-03-05T09:00:00.000Z") };
  const ctx = await serviceContext(store, clock, options);
  const limiter = new SignInLimiter(store);
  const app = Fastify();
  const served: string[] = [];
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) if (method !== "HEAD") served.push(`${method} ${route.url}`);
  });
  await app.register(adminPlugin, { ctx, limiter });
  await more(app, ctx);
  await app.ready();
  const as = {} as Record<UserRole, Signed>;
  for (const role of USER_ROLES) {
    const user = await createUser(
      store,
      { email: `${role}@example.nl`, name: `The ${role}`, role, password: PASSWORD },
      { actor: "system" },
    );
    const session = await createSession(store, user.id, clock.now);
    as[role] = { userId: user.id, cookie: `waarborg_admin=${session.token}`, csrf: session.csrfToken };
  }
  return {
    app,
    store,
    ctx,
    limiter,
    as,
    clock,
    served,
    async close() {
      await app.close();
    },
  };
}

/** A form post as a browser sends it. */
export function form(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  return params.toString();
}

export async function post(
  app: FastifyInstance,
  url: string,
  who: Signed | undefined,
  fields: Record<string, string | string[]>,
  options: { csrf?: string | null } = {},
): Promise<LightMyRequestResponse> {
  const csrf = options.csrf === undefined ? who?.csrf : options.csrf;
  return app.inject({
    method: "POST",
    url,
    headers: { "content-type": "application/x-www-form-urlencoded", ...(who ? { cookie: who.cookie } : {}) },
    payload: form(csrf === null || csrf === undefined ? fields : { ...fields, _csrf: csrf }),
  });
}

export function get(app: FastifyInstance, url: string, who?: Signed, headers: Record<string, string> = {}) {
  return app.inject({ method: "GET", url, headers: { ...headers, ...(who ? { cookie: who.cookie } : {}) } });
}
