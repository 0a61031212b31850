import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  approveGrant,
  decideAsCustomer,
  issueGrantToken,
  listGrants,
  reportGrantUse,
  requestGrant,
  revokeGrant,
  tenantAccessLog,
} from "../../../access-grants/index.js";
import type { ServiceContext } from "../../../context/index.js";
import { apiActor, requireScope } from "../bearer.js";
import { ApiError, ERROR_RESPONSES } from "../errors.js";
import {
  CustomerDecisionBody,
  GrantId,
  GrantList,
  GrantView,
  IssuedToken,
  ListGrantsQuery,
  RequestGrantBody,
  RevokeBody,
  TenantKey,
  TenantLog,
  UseBody,
  UseRecorded,
} from "./access-grants-schemas.js";

const SECURITY = [{ bearer: [] }];
const TAGS = ["access-grants"];
const RESPONSES = { ...ERROR_RESPONSES, 503: ApiError };

/**
 * Support access grants: the company's tools ask for, approve, revoke and fetch tokens (manage), its
 * application reports each use (report), and shows the tenant its access log and asks for the
 * tenant's approval (tenant). The operations decide; these routes only parse and answer.
 */
export function accessGrantApi(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const manage = requireScope(ctx, "access-grants:manage");
    const schema = (operationId: string, summary: string) => ({ operationId, summary, tags: TAGS, security: SECURITY });

    app.post(
      "/access-grants",
      {
        onRequest: manage,
        schema: {
          ...schema("requestAccessGrant", "Ask for access to one tenant's data, with a reason and a reference"),
          body: RequestGrantBody,
          response: { 201: GrantView, ...RESPONSES },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await requestGrant(ctx, { ...request.body, actor: apiActor(request) })),
    );

    app.get(
      "/access-grants",
      {
        onRequest: manage,
        schema: {
          ...schema("listAccessGrants", "Every grant, newest first, or one tenant's"),
          querystring: ListGrantsQuery,
          response: { 200: GrantList, ...RESPONSES },
        },
      },
      async (request) => ({ grants: await listGrants(ctx, request.query) }),
    );

    app.post(
      "/access-grants/:id/approve",
      {
        onRequest: manage,
        schema: {
          ...schema("approveAccessGrant", "Approve a grant someone else asked for"),
          params: GrantId,
          response: { 200: GrantView, ...RESPONSES },
        },
      },
      async (request) => approveGrant(ctx, request.params.id, apiActor(request)),
    );

    app.post(
      "/access-grants/:id/revoke",
      {
        onRequest: manage,
        schema: {
          ...schema("revokeAccessGrant", "End a grant now; the revocation list names it from then on"),
          params: GrantId,
          body: RevokeBody,
          response: { 200: GrantView, ...RESPONSES },
        },
      },
      async (request) => revokeGrant(ctx, request.params.id, request.body.reason, apiActor(request)),
    );

    app.post(
      "/access-grants/:id/token",
      {
        onRequest: manage,
        schema: {
          ...schema("accessGrantToken", "A short-lived signed token for an active grant"),
          params: GrantId,
          response: { 201: IssuedToken, ...RESPONSES },
        },
      },
      async (request, reply) => reply.code(201).send(await issueGrantToken(ctx, request.params.id, apiActor(request))),
    );

    app.post(
      "/access-grants/:id/uses",
      {
        onRequest: requireScope(ctx, "access-grants:report"),
        schema: {
          ...schema("reportAccessGrantUse", "Report one use of a grant: it lands in the audit log"),
          params: GrantId,
          body: UseBody,
          response: { 201: UseRecorded, ...RESPONSES },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await reportGrantUse(ctx, { grantId: request.params.id, ...request.body, actor: apiActor(request) })),
    );

    app.post(
      "/access-grants/:id/customer-decision",
      {
        onRequest: requireScope(ctx, "access-grants:tenant"),
        schema: {
          ...schema("decideAccessGrantAsTenant", "The tenant's own approval or refusal (customer_approval)"),
          params: GrantId,
          body: CustomerDecisionBody,
          response: { 200: GrantView, ...RESPONSES },
        },
      },
      async (request) => decideAsCustomer(ctx, request.params.id, { ...request.body, actor: apiActor(request) }),
    );

    app.get(
      "/tenants/:id/access-log",
      {
        onRequest: requireScope(ctx, "access-grants:tenant"),
        schema: {
          ...schema("tenantAccessLog", "Every access to a tenant's data: grants, reasons, references, uses"),
          params: TenantKey,
          response: { 200: TenantLog, ...RESPONSES },
        },
      },
      async (request) => ({ tenant: request.params.id, grants: await tenantAccessLog(ctx, request.params.id) }),
    );
  };
}
