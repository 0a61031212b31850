import { approveGrant, decideAsCustomer, openEngagement, requestGrant } from "../../../src/access-grants/index.js";
import type { ConsoleHarness } from "./harness.js";
import type { ConsoleRoute } from "./routes.js";

const asked = (h: ConsoleHarness, tag: string) =>
  requestGrant(h.ctx, {
    tenant: `tenant-${tag}`,
    reason: "the invoice module shows a wrong total",
    reference: { kind: "ticket", id: `SUP-${tag}` },
    grantee: "staff-7",
    actor: "user:asker",
  });

const requested = async (h: ConsoleHarness, tag: string) => (await asked(h, tag)).id;

/** Open now: the demo register wants the tenant's approval as well as the company's. */
const active = async (h: ConsoleHarness, tag: string) => {
  const grant = await asked(h, tag);
  await approveGrant(h.ctx, grant.id, "user:approver");
  await decideAsCustomer(h.ctx, grant.id, { decision: "approve", tenant: grant.tenant, by: "t-1", actor: "api:app" });
  return grant.id;
};

/** An open project; its reference goes in the close form, not the path. */
const project = async (h: ConsoleHarness, tag: string) => {
  await openEngagement(h.ctx, { kind: "project", reference: `PRJ-${tag}`, title: "upgrade", actor: "user:po" });
  return `PRJ-${tag}`;
};

/** The console's grant routes, for the authorization matrix in routes.ts. */
export const ACCESS_GRANT_CONSOLE_ROUTES: ConsoleRoute[] = [
  { method: "GET", pattern: "/admin/access-grants", permission: "access.read", ok: 200 },
  { method: "GET", pattern: "/admin/access-grants/:id", permission: "access.read", target: requested, ok: 200 },
  {
    method: "POST",
    pattern: "/admin/access-grants",
    permission: "access.request",
    fields: {
      tenant: "tenant-{tag}",
      party: "staff",
      reason: "export fails",
      referenceKind: "ticket",
      reference: "S-1",
    },
    ok: 303,
  },
  {
    method: "POST",
    pattern: "/admin/access-grants/:id/approve",
    permission: "access.approve",
    target: requested,
    ok: 303,
  },
  {
    method: "POST",
    pattern: "/admin/access-grants/:id/revoke",
    permission: "access.approve",
    target: active,
    fields: { "revoke-reason": "solved" },
    ok: 303,
  },
  { method: "POST", pattern: "/admin/access-grants/:id/token", permission: "access.request", target: active, ok: 201 },
  {
    method: "POST",
    pattern: "/admin/access-grants/engagements",
    permission: "access.approve",
    fields: { kind: "incident", engagementRef: "INC-{tag}", title: "database restore" },
    ok: 303,
  },
  {
    method: "POST",
    pattern: "/admin/access-grants/engagements/close",
    permission: "access.approve",
    target: project,
    fields: { kind: "project", engagementRef: "{id}" },
    ok: 303,
  },
];
