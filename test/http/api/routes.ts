import { randomUUID } from "node:crypto";
import type { ApiScope } from "../../../src/auth/index.js";
import { bannerBundle, keepConfigs, recordConsent } from "../../../src/consent/index.js";
import { packageRow } from "../../../src/requests/package/store-package.js";
import { fileVerified, notReached } from "../admin/service.js";
import { ACCESS_GRANT_ROUTES } from "./access-grant-routes.js";
import { BREACH_ROUTES } from "./breach-routes.js";
import { TENANT_ROUTES } from "./tenant-routes.js";
import type { ApiHarness } from "./harness.js";

/**
 * Every API route with the scope it needs (null: public) and a target made fresh for each try. A route
 * the API serves without a line here fails the matrix's completeness check.
 */
export interface ApiRoute {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  pattern: string;
  scope: ApiScope | null;
  target?: (h: ApiHarness, tag: string) => Promise<string>;
  body?: (tag: string) => unknown;
  /** A query string the route needs, appended to the concrete URL. */
  query?: string;
  ok: number;
}

export const openDsrBody = (email: string, extra: Record<string, unknown> = {}) => ({
  subject_request_id: randomUUID(),
  subject_request_type: "access",
  subject_identities: [{ identity_type: "email", identity_value: email, identity_format: "raw" }],
  submitted_time: "2025-03-05T08:59:00Z",
  ...extra,
});

const openRequest = async (h: ApiHarness, tag: string) =>
  (await fileVerified(h.ctx, "access", `person-${tag}@example.nl`)).requestId;
const awaitingApproval = async (h: ApiHarness, tag: string) =>
  (await fileVerified(h.ctx, "erasure", `person-${tag}@example.nl`)).requestId;
/** An open request whose Art. 19 notice to the helpdesk failed for good. */
const recipientNotReached = async (h: ApiHarness, tag: string) => {
  const id = await openRequest(h, tag);
  await notReached(h.ctx, id);
  return id;
};
/** An open request with a package ready, as the workers leave an access request. */
const withPackage = async (h: ApiHarness, tag: string) => {
  const id = await openRequest(h, tag);
  const file = { name: `access-${tag}.zip`, mediaType: "application/zip", content: Buffer.from("PK") };
  await h.store.db
    .insertInto("packages")
    .values(packageRow(h.ctx, id, file))
    .execute();
  return id;
};
/** A request the application filed verified, with the token the route table reads it with. */
const appFiled = async (h: ApiHarness, tag: string) => {
  const body = { type: "access", identities: [{ type: "email", value: `app-${tag}@example.nl` }], lang: "en" };
  const response = await h.call("POST", "/api/requests/verified", h.tokens["requests:file_verified"], {
    ...body,
    verified_by: "app",
  });
  if (response.statusCode !== 201) throw new Error(`verified filing failed: ${response.body}`);
  return (response.json() as { id: string }).id;
};
const openDsrRequest = async (h: ApiHarness, tag: string) => {
  const body = openDsrBody(`dsr-${tag}@example.nl`);
  const response = await h.call("POST", "/v1/requests", h.tokens.all, body);
  if (response.statusCode !== 201) throw new Error(`OpenDSR filing failed: ${response.body}`);
  return body.subject_request_id;
};

/** A consent id with one decision from the banner; a minor's awaits a parent's confirmation. */
const consentDecision =
  (minor: boolean) =>
  async (h: ApiHarness): Promise<string> => {
    const bundle = bannerBundle(h.ctx.register, h.ctx.publicUrl);
    await keepConfigs(h.ctx.store, bundle, new Date());
    const decision = { config: bundle.configs.nl!.hash, action: "accept_all", minor };
    return (await recordConsent(h.ctx, decision, { origin: "", gpcHeader: false })).id;
  };

export const API_ROUTES: ApiRoute[] = [
  { method: "GET", pattern: "/api/requests", scope: "requests:read", ok: 200 },
  { method: "GET", pattern: "/api/requests/:id", scope: "requests:read", target: openRequest, ok: 200 },
  { method: "GET", pattern: "/api/requests/:id/package", scope: "requests:read", target: withPackage, ok: 200 },
  {
    method: "POST",
    pattern: "/api/requests",
    scope: "requests:write",
    body: (tag) => ({ type: "access", identities: [{ type: "email", value: `new-${tag}@example.nl` }], lang: "en" }),
    ok: 201,
  },
  {
    method: "POST",
    pattern: "/api/requests/verified",
    scope: "requests:file_verified",
    body: (tag) => ({
      type: "access",
      identities: [{ type: "email", value: `app-${tag}@example.nl` }],
      lang: "en",
      verified_by: "app",
    }),
    ok: 201,
  },
  {
    method: "GET",
    pattern: "/api/requests/verified/:id",
    scope: "requests:file_verified",
    target: appFiled,
    ok: 200,
  },
  { method: "POST", pattern: "/api/requests/:id/approve", scope: "requests:decide", target: awaitingApproval, ok: 200 },
  { method: "POST", pattern: "/api/requests/:id/retry", scope: "requests:decide", target: openRequest, ok: 200 },
  {
    method: "POST",
    pattern: "/api/requests/:id/informed",
    scope: "requests:decide",
    target: recipientNotReached,
    body: () => ({ recipient: "helpdesk", note: "Phoned." }),
    ok: 200,
  },
  {
    method: "POST",
    pattern: "/api/requests/:id/deny",
    scope: "requests:decide",
    target: openRequest,
    body: () => ({ reason: "Manifestly unfounded." }),
    ok: 200,
  },
  {
    method: "POST",
    pattern: "/api/requests/:id/extend",
    scope: "requests:decide",
    target: openRequest,
    body: () => ({ months: 1, reason: "Many requests at once." }),
    ok: 200,
  },
  { method: "GET", pattern: "/api/consent/:id", scope: "consent:read", target: consentDecision(false), ok: 200 },
  {
    method: "POST",
    pattern: "/api/consent/:id/parental",
    scope: "consent:write",
    target: consentDecision(true),
    ok: 201,
  },
  {
    method: "POST",
    pattern: "/api/subscriptions",
    scope: "consent:write",
    body: (tag) => ({ purpose: "newsletter", email: `news-${tag}@example.nl`, lang: "nl" }),
    ok: 202,
  },
  { method: "GET", pattern: "/api/subscriptions", query: "purpose=newsletter", scope: "subscriptions:read", ok: 200 },
  { method: "GET", pattern: "/v1/discovery", scope: null, ok: 200 },
  {
    method: "POST",
    pattern: "/v1/requests",
    scope: "requests:write",
    body: (tag) => openDsrBody(`dsr-new-${tag}@example.nl`),
    ok: 201,
  },
  { method: "GET", pattern: "/v1/requests/:id", scope: "requests:read", target: openDsrRequest, ok: 200 },
  { method: "DELETE", pattern: "/v1/requests/:id", scope: "requests:write", target: openDsrRequest, ok: 202 },
  { method: "GET", pattern: "/openapi.json", scope: null, ok: 200 },
  ...ACCESS_GRANT_ROUTES,
  ...BREACH_ROUTES,
  ...TENANT_ROUTES,
];

export async function concrete(route: ApiRoute, h: ApiHarness, tag: string): Promise<{ url: string; body?: unknown }> {
  const path = route.target ? route.pattern.replace(":id", await route.target(h, tag)) : route.pattern;
  const url = route.query ? `${path}?${route.query}` : path;
  return { url, ...(route.body ? { body: route.body(tag) } : {}) };
}
