import type { FastifyReply, FastifyRequest } from "fastify";
import { consentOrigins } from "../../consent/index.js";
import type { ServiceContext } from "../../context/index.js";

/** The Origin header when the register allows pages of that origin to record consent. */
export function allowedOrigin(ctx: ServiceContext, request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  return origin && consentOrigins(ctx).has(origin) ? origin : undefined;
}

/**
 * CORS for the banner's calls: the company's pages live on another origin than the service. Only
 * listed origins may read the answers; no credentials are sent (the consent id travels in the body).
 */
export function allowCors(ctx: ServiceContext, request: FastifyRequest, reply: FastifyReply): void {
  const origin = allowedOrigin(ctx, request);
  reply.header("vary", "Origin");
  if (origin) reply.header("access-control-allow-origin", origin);
}
