import type { FastifyError, FastifyPluginAsync, FastifyReply } from "fastify";
import {
  type BannerScript,
  bannerScript,
  ConsentInputError,
  ConsentNotFoundError,
  consentState,
  keepConfigs,
  recordConsent,
} from "../../consent/index.js";
import type { ServiceContext } from "../../context/index.js";
import { apiError } from "../api/errors.js";
import { allowCors, allowedOrigin } from "./cors.js";

/** A decision is a few hundred bytes; anything much larger is not one. */
const DECISION_LIMIT = 8 * 1024;
/** How long a browser or CDN may keep the script: a new register revision reaches visitors within this. */
const SCRIPT_MAX_AGE = 300;

const CONSENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function sendError(reply: FastifyReply, status: number, code: string, message: string, field?: string) {
  return reply
    .code(status)
    .header("cache-control", "no-store")
    .send(apiError(code, message, field));
}

/**
 * The banner's side of the service: the script at /consent.js, decisions posted to /consent, and the
 * current state of a consent id. Answers are JSON in the API's error shape; the script may be loaded
 * by any page, the answers read only by the origins the register allows.
 */
export const consentPlugin: FastifyPluginAsync<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  // The banner posts text/plain (a simple request: no preflight); a site's own code may post JSON.
  app.addContentTypeParser("text/plain", { parseAs: "string" }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(Object.assign(new Error("not JSON"), { statusCode: 400 }), undefined);
    }
  });
  app.addHook("onSend", async (_request, reply, payload) => {
    // Loaded from the company's pages: the service's same-origin default would block it there.
    reply.header("cross-origin-resource-policy", "cross-origin");
    return payload;
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    allowCors(ctx, request, reply);
    if (error instanceof ConsentInputError) return sendError(reply, 400, "invalid_request", error.message, error.field);
    if (error instanceof ConsentNotFoundError) return sendError(reply, 404, "not_found", error.message);
    if (error.statusCode && error.statusCode < 500)
      return sendError(reply, error.statusCode, "invalid_request", "the request could not be read");
    request.log.error({ route: request.routeOptions.url ?? "(no route)", error: error.name }, "consent not recorded");
    // Not committed: the banner keeps asking, nothing is granted.
    return sendError(reply, 503, "not_recorded", "the decision was not recorded; try again");
  });

  let script: { publicUrl: string; register: ServiceContext["register"]; built: Promise<BannerScript> } | undefined;
  /** The script for the current register and public URL, its configurations kept before it is served. */
  const current = () => {
    if (script?.publicUrl !== ctx.publicUrl || script.register !== ctx.register) {
      const built = bannerScript(ctx.register, ctx.publicUrl).then(async (s) => {
        await keepConfigs(ctx.store, s.bundle, ctx.now());
        return s;
      });
      built.catch(() => {
        script = undefined;
      });
      script = { publicUrl: ctx.publicUrl, register: ctx.register, built };
    }
    return script.built;
  };

  app.get("/consent.js", async (request, reply) => {
    const s = await current();
    reply.header("cache-control", `public, max-age=${SCRIPT_MAX_AGE}`).header("etag", s.etag);
    if (request.headers["if-none-match"] === s.etag) return reply.code(304).send();
    return reply.type("text/javascript; charset=utf-8").send(s.code);
  });

  app.options("/consent", async (request, reply) => {
    allowCors(ctx, request, reply);
    return reply
      .code(204)
      .header("access-control-allow-methods", "POST")
      .header("access-control-allow-headers", "content-type")
      .header("access-control-max-age", "86400")
      .send();
  });

  app.post("/consent", { bodyLimit: DECISION_LIMIT }, async (request, reply) => {
    allowCors(ctx, request, reply);
    const origin = request.headers.origin ?? "";
    if (origin && !allowedOrigin(ctx, request))
      return sendError(reply, 403, "forbidden_origin", "pages of this origin may not record consent");
    // A record must name a configuration the store keeps; the current ones are kept before the first.
    await current();
    const recorded = await recordConsent(ctx, request.body, { origin, gpcHeader: request.headers["sec-gpc"] === "1" });
    return reply.code(201).header("cache-control", "no-store").send(recorded);
  });

  app.get("/consent/:id", async (request, reply) => {
    allowCors(ctx, request, reply);
    const { id } = request.params as { id: string };
    if (!CONSENT_ID.test(id)) return sendError(reply, 404, "not_found", "no consent record with this id");
    return reply.header("cache-control", "no-store").send(await consentState(ctx, id));
  });
};
