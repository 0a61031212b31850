import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from "fastify";
import { type ApiScope, type ApiToken, authenticateApiToken } from "../../auth/index.js";
import type { ServiceContext } from "../../context/index.js";
import { apiError } from "./errors.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The bearer token a call to the API was made with, once it passed `requireScope`. */
    apiToken: ApiToken | null;
  }
}

/** The value of `Authorization: Bearer <token>`, or undefined. */
function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

function unauthorized(reply: FastifyReply): FastifyReply {
  return reply
    .code(401)
    .header("www-authenticate", 'Bearer realm="waarborg"')
    .send(apiError("unauthorized", "a valid bearer token is required"));
}

/**
 * The check every API route runs, as its onRequest hook: a live token (else 401), holding the scope
 * the route needs (else 403). It runs before the body is parsed or validated, so a caller without a
 * token learns nothing of the schema and cannot make the service parse a body. A status link's token
 * or a session cookie is no bearer token: the API serves systems, not requesters.
 */
export function requireScope(ctx: ServiceContext, scope: ApiScope): onRequestAsyncHookHandler {
  return async (request, reply) => {
    const token = await authenticateApiToken(ctx.store, bearerOf(request), ctx.now());
    if (!token) return unauthorized(reply);
    if (!token.scopes.includes(scope))
      return reply
        .code(403)
        .header("www-authenticate", `Bearer realm="waarborg", error="insufficient_scope", scope="${scope}"`)
        .send(apiError("insufficient_scope", `this token lacks the scope ${scope}`));
    request.apiToken = token;
  };
}

/**
 * requireScope for a route that acts on the company's own requests only (OpenDSR): a tenant's token
 * holds the scope but is refused (403), since nothing there files for, or reads as, its tenant. A
 * tenant files and follows its requests under /api/requests.
 */
export function requireCompanyScope(ctx: ServiceContext, scope: ApiScope): onRequestAsyncHookHandler[] {
  const refuseTenant: onRequestAsyncHookHandler = async (request, reply) => {
    if (request.apiToken?.tenant !== null && request.apiToken?.tenant !== undefined)
      return reply
        .code(403)
        .send(apiError("insufficient_scope", "a tenant's token files and follows its requests under /api/requests"));
  };
  return [requireScope(ctx, scope), refuseTenant];
}

/** The actor the lifecycle records for a change made through the API: the token's id, never its value. */
export function apiActor(request: FastifyRequest): `api:${string}` {
  return `api:${request.apiToken!.id}`;
}
