import fastifyCookie from "@fastify/cookie";
import fastifyFormbody from "@fastify/formbody";
import type { FastifyPluginAsync } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { resolveSession, SignInLimiter } from "../../auth/index.js";
import type { AdminOptions } from "./context.js";
import { accessGrantRoutes } from "./routes/access-grants.js";
import { breachRoutes } from "./routes/breaches.js";
import { auditRoutes } from "./routes/audit.js";
import { consentRoutes } from "./routes/consent.js";
import { dashboardRoutes } from "./routes/dashboard.js";
import { outboxRoutes } from "./routes/outbox.js";
import { processorRoutes } from "./routes/processors.js";
import { requestRoutes } from "./routes/requests.js";
import { retentionRoutes } from "./routes/retention.js";
import { signInRoutes } from "./routes/sign-in.js";
import { taskRoutes } from "./routes/tasks.js";
import { tokenRoutes } from "./routes/tokens.js";
import { userRoutes } from "./routes/users.js";
import { ADMIN_PREFIX, resolveAdminLang, SESSION_COOKIE } from "./session.js";

export type { AdminOptions } from "./context.js";

/**
 * The admin console under /admin: server-rendered pages, plain form posts with a CSRF token, no
 * script. Every route runs the guard with the permission it needs (guard.ts); the session and the
 * language are resolved once per request before that.
 */
export const adminPlugin: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  const { ctx } = options;
  const limiter = options.limiter ?? new SignInLimiter(ctx.store);
  const secure = ctx.publicUrl.startsWith("https:");
  if (!app.hasRequestDecorator("cookies")) await app.register(fastifyCookie);
  if (!app.hasContentTypeParser("application/x-www-form-urlencoded")) await app.register(fastifyFormbody);
  // The routes declare their input as zod schemas, also when the console runs on its own instance.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest("adminSession", null);
  app.decorateRequest("adminLang", "nl");

  app.addHook("onRequest", async (request, reply) => {
    request.adminLang = resolveAdminLang(request, reply, secure);
    request.adminSession = (await resolveSession(ctx.store, request.cookies[SESSION_COOKIE], ctx.now())) ?? null;
    // Console pages hold personal data: no cache, shared or private, may keep them.
    reply.header("Cache-Control", "no-store");
  });

  await app.register(
    async (console) => {
      await console.register(signInRoutes(ctx, limiter, secure));
      await console.register(requestRoutes(ctx));
      await console.register(taskRoutes(ctx));
      await console.register(dashboardRoutes(ctx));
      await console.register(consentRoutes(ctx));
      await console.register(outboxRoutes(ctx));
      await console.register(auditRoutes(ctx));
      await console.register(retentionRoutes(ctx));
      await console.register(userRoutes(ctx));
      await console.register(tokenRoutes(ctx));
      await console.register(accessGrantRoutes(ctx));
      await console.register(breachRoutes(ctx));
      await console.register(processorRoutes(ctx));
    },
    { prefix: ADMIN_PREFIX },
  );
};
