import { approveGrant, decideAsCustomer, requestGrant } from "../../../src/access-grants/index.js";
import type { ApiHarness } from "./harness.js";
import type { ApiRoute } from "./routes.js";

const asked = (h: ApiHarness, tag: string) =>
  requestGrant(h.ctx, {
    tenant: `tenant-${tag}`,
    reason: "the invoice module shows a wrong total",
    reference: { kind: "ticket", id: `SUP-${tag}` },
    grantee: "staff-7",
    actor: "user:asker",
  });

/** A grant waiting for the company's approval. */
const requested = async (h: ApiHarness, tag: string) => (await asked(h, tag)).id;

/** A grant open now: the demo register wants the tenant's approval too. */
const active = async (h: ApiHarness, tag: string) => {
  const grant = await asked(h, tag);
  await approveGrant(h.ctx, grant.id, "user:approver");
  await decideAsCustomer(h.ctx, grant.id, { decision: "approve", tenant: grant.tenant, by: "t-1", actor: "api:app" });
  return grant.id;
};

/** The grant routes of the API, for the authorization matrix in routes.ts. */
export const ACCESS_GRANT_ROUTES: ApiRoute[] = [
  { method: "GET", pattern: "/.well-known/jwks.json", scope: null, ok: 200 },
  { method: "GET", pattern: "/.well-known/access-grant-revocations", scope: null, ok: 200 },
  {
    method: "POST",
    pattern: "/api/access-grants",
    scope: "access-grants:manage",
    body: (tag) => ({
      tenant: `tenant-${tag}`,
      reason: "a customer reports a failed export",
      reference: { kind: "ticket", id: `SUP-${tag}` },
      grantee: "staff-7",
      durationMinutes: 60,
    }),
    ok: 201,
  },
  { method: "GET", pattern: "/api/access-grants", scope: "access-grants:manage", ok: 200 },
  {
    method: "POST",
    pattern: "/api/access-grants/:id/approve",
    scope: "access-grants:manage",
    target: requested,
    ok: 200,
  },
  {
    method: "POST",
    pattern: "/api/access-grants/:id/revoke",
    scope: "access-grants:manage",
    target: active,
    body: () => ({ reason: "solved" }),
    ok: 200,
  },
  { method: "POST", pattern: "/api/access-grants/:id/token", scope: "access-grants:manage", target: active, ok: 201 },
  {
    method: "POST",
    pattern: "/api/access-grants/:id/uses",
    scope: "access-grants:report",
    target: active,
    body: (tag) => ({ tenant: `tenant-${tag}`, action: "invoice.read" }),
    ok: 201,
  },
  {
    method: "POST",
    pattern: "/api/access-grants/:id/customer-decision",
    scope: "access-grants:tenant",
    target: requested,
    body: (tag) => ({ tenant: `tenant-${tag}`, decision: "approve", by: "tenant-user-1" }),
    ok: 200,
  },
  {
    method: "GET",
    pattern: "/api/tenants/:id/access-log",
    scope: "access-grants:tenant",
    target: async (_h, tag) => `tenant-${tag}`,
    ok: 200,
  },
];
