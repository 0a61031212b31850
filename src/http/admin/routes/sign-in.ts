import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { endSession, type SignInLimiter, signIn } from "../../../auth/index.js";
import { constantTimeEqual, randomToken } from "../../../crypto/index.js";
import { formPost, OneValue } from "../../pages/form-post.js";
import { type ConsoleContext, formBody, pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { forbiddenPage } from "../pages/forbidden.js";
import { signInPage } from "../pages/sign-in.js";
import { ADMIN_PREFIX, cookieOptions, SESSION_COOKIE, SIGN_IN_COOKIE, safeNext } from "../session.js";

const SignInForm = z.object({ _csrf: OneValue, email: OneValue, password: OneValue, next: OneValue });
/** Where to go after signing in (checked by safeNext), and whether the visitor just signed out. */
const SignInQuery = z.looseObject({
  next: z.string().optional().catch(undefined),
  signed_out: z.string().optional().catch(undefined),
});

/** Sign-in, sign-out and the console's front door. */
export function signInRoutes(ctx: ConsoleContext, limiter: SignInLimiter, secure: boolean): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/", async (_request, reply) => reply.redirect(`${ADMIN_PREFIX}/requests`, 303));

    app.get("/sign-in", { schema: { querystring: SignInQuery } }, async (request, reply) => {
      const query = request.query;
      const next = safeNext(query.next);
      if (request.adminSession) return reply.redirect(next, 303);
      const formToken = request.cookies[SIGN_IN_COOKIE] || randomToken();
      reply.setCookie(SIGN_IN_COOKIE, formToken, cookieOptions(secure));
      return sendHtml(
        reply,
        signInPage(pageOf(request, ctx), { formToken, next, signedOut: query.signed_out === "1" }),
      );
    });

    app.post("/sign-in", { schema: { body: SignInForm }, attachValidation: true }, async (request, reply) => {
      const expected = request.cookies[SIGN_IN_COOKIE];
      // Without a token from this site's own form, another site could sign a visitor into its account.
      // Checked on the post as sent, before its schema: a malformed post from elsewhere learns nothing more.
      const sent = formBody(request)._csrf;
      if (!expected || typeof sent !== "string" || !constantTimeEqual(expected, sent))
        return sendHtml(reply, forbiddenPage(pageOf(request, ctx), "csrf"), 403);
      const post = formPost(request);
      // A tampered form is a failed sign-in: the page says no more than for a wrong password.
      if (!post.ok)
        return sendHtml(
          reply,
          signInPage(pageOf(request, ctx), { formToken: expected, next: safeNext(undefined), failed: true }),
          400,
        );
      const { email = "", password = "" } = post.body;
      const result = await signIn(ctx.store, limiter, { email, password, address: request.ip }, ctx.now());
      const next = safeNext(post.body.next);
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
