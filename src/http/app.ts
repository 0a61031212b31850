import fastifyCookie from "@fastify/cookie";
import fastifyFormbody from "@fastify/formbody";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Logger } from "pino";
import type { ServiceContext } from "../context/index.js";
import { localize } from "../register/index.js";
import type { Lang } from "../kernel/index.js";
import { pingStore } from "../store/index.js";
import { adminPlugin } from "./admin/index.js";
import { apiPlugin } from "./api/index.js";
import type { FilingLimits } from "./center/filing-limit.js";
import { centerPlugin } from "./center/index.js";
import { consentPlugin } from "./consent/index.js";
import { hooksPlugin } from "./hooks/index.js";
import { type ErrorKind, errorPage } from "./pages/errors.js";
import { isLang, requestLang } from "./pages/i18n.js";
import { STYLE_HASH } from "./pages/style.js";

/** How long /readyz waits for the store before it answers that it is not ready. */
const READY_TIMEOUT_MS = 2000;

export interface AppOptions {
  /** Where request lines and errors go; none in tests that do not read them. */
  logger?: Logger;
  /**
   * Behind reverse proxies: how many (the address the last of them appended to X-Forwarded-For) or
   * their addresses and CIDRs. Never `true`: that takes the left-most entry, which the client writes.
   */
  trustProxy?: false | number | string[];
  /** The privacy center's limits on filing requests (see center/filing-limit.ts). */
  filingLimits?: Partial<FilingLimits>;
}

/**
 * The policy for every response. Pages carry no script and exactly one stylesheet, allowed by its
 * hash; nothing may frame them (clickjacking a form), and no page tells another site where the
 * visitor came from, because status and download paths hold secrets.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${STYLE_HASH}`,
  "img-src 'self' data:",
  "script-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join("; ");

function securityHeaders(publicUrl: string): Record<string, string> {
  return {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    ...(publicUrl.startsWith("https:") ? { "strict-transport-security": "max-age=31536000" } : {}),
  };
}

/**
 * Fastify's request lines, with the route pattern (`/status/:token`) where Fastify would write the
 * URL: status and download paths hold secrets, and a query string may hold anything. Nothing of the
 * request's headers, body or address is logged.
 */
class RouteLogController extends LogController {
  private line(request: FastifyRequest, reply: FastifyReply) {
    return {
      method: request.method,
      route: request.routeOptions.url ?? "(no route)",
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
  }
  override incomingRequest(): void {}
  override routeNotFound(): void {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ ...this.line(request, reply), error: error.name }, "request errored");
    else reply.log.info(this.line(request, reply), "request");
  }
  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    reply.log.error({ ...this.line(request, reply), error: error.name }, "request failed");
  }
  override writeHeadError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    reply.log.warn({ ...this.line(request, reply), error: error.name }, "could not write the response head");
  }
}

/**
 * Fastify's types leave out the number of hops its runtime accepts; as a function it is what proxy-addr
 * makes of a number: hop 0 is the connection, hop 1 the address the nearest proxy appended, and so on.
 */
function fastifyTrust(
  trust: false | number | string[],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== "number") return trust;
  return (_address, hop) => hop < trust;
}

/** The visitor's language for a page that has no route of its own: the path's prefix, ?lang, Accept-Language. */
export function visitorLang(request: FastifyRequest): Lang {
  const prefix = request.url.split("/")[1]?.split("?")[0];
  if (isLang(prefix)) return prefix;
  return requestLang(request.query, request.headers["accept-language"]);
}

function sendErrorPage(
  ctx: ServiceContext,
  request: FastifyRequest,
  reply: FastifyReply,
  kind: ErrorKind,
  status: number,
): FastifyReply {
  const lang = visitorLang(request);
  return reply
    .code(status)
    .header("cache-control", "no-store")
    .type("text/html; charset=utf-8")
    .send(
      errorPage(kind, {
        lang,
        siteName: localize(ctx.register.organization.name, lang),
        homeHref: `/${lang}/`,
        form: ctx.register.statement.address,
      }),
    );
}

/**
 * The HTTP service: the privacy center (public), the admin console and the JSON API, on one Fastify
 * instance. Routes parse input and call the operations in src/requests; what a request may do is
 * decided there, not here.
 */
export function buildApp(ctx: ServiceContext, options: AppOptions = {}): FastifyInstance {
  const app = Fastify({
    // Typed as Fastify's base logger so the instance keeps the default FastifyInstance type.
    loggerInstance: options.logger as FastifyBaseLogger | undefined,
    logController: new RouteLogController(),
    trustProxy: fastifyTrust(options.trustProxy ?? false),
    bodyLimit: 256 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.register(fastifyFormbody);
  app.register(fastifyCookie);

  const headers = securityHeaders(ctx.publicUrl);
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.headers(headers);
    return payload;
  });
  app.setNotFoundHandler((request, reply) => sendErrorPage(ctx, request, reply, "not-found", 404));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // A client error (bad form encoding, a body too large, a failed schema) gets its status and a page
    // that repeats nothing of what was sent; anything else is ours, logged without request data.
    const status = error.validation ? 400 : (error.statusCode ?? 500);
    if (status >= 400 && status < 500) return sendErrorPage(ctx, request, reply, "bad-request", status);
    request.log.error(
      { route: request.routeOptions.url ?? "(no route)", error: error.name, code: error.code, stack: error.stack },
      "request failed",
    );
    return sendErrorPage(ctx, request, reply, "server-error", 500);
  });

  // Liveness: the process answers. A load balancer that restarts on this must not restart every
  // replica because the database is down, so it touches nothing.
  app.get("/healthz", async (_request, reply) => reply.type("text/plain").send("ok"));
  // Readiness: the store answers too. Without it no page or request can be served, so traffic waits.
  app.get("/readyz", async (_request, reply) => {
    try {
      await pingStore(ctx.store.db, READY_TIMEOUT_MS);
    } catch {
      return reply.code(503).header("cache-control", "no-store").type("text/plain").send("store unreachable");
    }
    return reply.header("cache-control", "no-store").type("text/plain").send("ready");
  });

  // The public privacy center: statement, request form, verification, status and download.
  app.register(centerPlugin, { ctx, filingLimits: options.filingLimits });
  // The admin console under /admin, for the privacy officer and the company's staff.
  app.register(adminPlugin, { ctx });
  // The consent banner: /consent.js, decisions posted to /consent, the state of a consent id.
  app.register(consentPlugin, { ctx });
  // The JSON API under /api, OpenDSR under /v1 and the OpenAPI document at /openapi.json.
  app.register(apiPlugin, { ctx });
  // The callback webhook systems answer their tasks at, under /hooks.
  app.register(hooksPlugin, { ctx });

  return app;
}
