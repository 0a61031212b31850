import { CALLBACK_KEY_ENV, setTenant } from "../../../src/tenants/index.js";
import { type ApiHarness, HARNESS_TENANT } from "./harness.js";
import type { ApiRoute } from "./routes.js";

/** The harness's tenant with an entry in the directory, so that reading it finds one. */
const recorded = async (h: ApiHarness, tag: string) => {
  await setTenant(h.ctx, HARNESS_TENANT, { name: `Customer ${tag}`, url: "https://customer.example" }, "system");
  return HARNESS_TENANT;
};

/** The service with a server key to derive the tenant's callback secret from. */
const withCallbackKey = async (h: ApiHarness) => {
  h.ctx.env[CALLBACK_KEY_ENV] = "harness-callback-server-key";
  return HARNESS_TENANT;
};

/** A tenant's self-service routes of the API, for the authorization matrix in routes.ts. */
export const TENANT_ROUTES: ApiRoute[] = [
  { method: "GET", pattern: "/api/tenant", scope: "tenant:profile", target: recorded, ok: 200 },
  {
    method: "PUT",
    pattern: "/api/tenant",
    scope: "tenant:profile",
    body: (tag) => ({ name: `Customer ${tag}`, email: "privacy@customer.example" }),
    ok: 200,
  },
  {
    method: "GET",
    pattern: "/api/tenant/callback-secret",
    scope: "tenant:profile",
    target: withCallbackKey,
    ok: 200,
  },
];
