import type { FastifyPluginAsync } from "fastify";
import { endSession, type SignInLimiter, signIn } from "../../../auth/index.js";
import { constantTimeEqual, randomToken } from "../../../crypto/index.js";
import { type ConsoleContext, formBody, formText, pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { forbiddenPage } from "../pages/forbidden.js";
import { signInPage } from "../pages/sign-in.js";
import { ADMIN_PREFIX, cookieOptions, SESSION_COOKIE, SIGN_IN_COOKIE, safeNext } from "../session.js";

/** Sign-in, sign-out and the console's front door. */
export function signInRoutes(ctx: ConsoleContext, limiter: SignInLimiter, secure: boolean): FastifyPluginAsync {
  return async (app) => {
    app.get("/", async (_request, reply) => reply.redirect(`${ADMIN_PREFIX}/requests`, 303));

    app.get("/sign-in", async (request, reply) => {
      const query = request.query as { next?: unknown; signed_out?: unknown };
      const next = safeNext(query.next);
      if (request.adminSession) return reply.redirect(next, 303);
      const formToken = request.cookies[SIGN_IN_COOKIE] || randomToken();
      reply.setCookie(SIGN_IN_COOKIE, formToken, cookieOptions(secure));
      return sendHtml(
        reply,
        signInPage(pageOf(request, ctx), { formToken, next, signedOut: query.signed_out === "1" }),
      );
    });

    app.post("/sign-in", async (request, reply) => {
      const body = formBody(request);
      const expected = request.cookies[SIGN_IN_COOKIE];
      // Without a token from this site's own form, another site could sign a visitor into its account.
      if (!expected || !constantTimeEqual(expected, formText(body, "_csrf")))
        return sendHtml(reply, forbiddenPage(pageOf(request, ctx), "csrf"), 403);
      const email = formText(body, "email");
      const result = await signIn(
        ctx.store,
        limiter,
        { email, password: formText(body, "password"), address: request.ip },
        ctx.now(),
      );
      const next = safeNext(body.next);
      if (!result.ok) {
        const { retryAfterMs } = result;
        if (retryAfterMs) reply.header("retry-after", String(Math.ceil(retryAfterMs / 1000)));
        return sendHtml(
          reply,
          signInPage(pageOf(request, ctx), { formToken: expected, next, email, failed: true, retryAfterMs }),
          retryAfterMs ? 429 : 401,
        );
      }
      reply.clearCookie(SIGN_IN_COOKIE, cookieOptions(secure));
      reply.setCookie(SESSION_COOKIE, result.session.token, cookieOptions(secure));
      return reply.redirect(next, 303);
    });

    app.post("/sign-out", { preHandler: guard(ctx, null) }, async (request, reply) => {
      await endSession(ctx.store, request.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, cookieOptions(secure));
      return reply.redirect(`${ADMIN_PREFIX}/sign-in?signed_out=1`, 303);
    });
  };
}
