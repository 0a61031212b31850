import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from "fastify";
import { can, csrfTokenMatches, type Permission } from "../../auth/index.js";
import { type ConsoleContext, formBody, pageOf, sendHtml } from "./context.js";
import { forbiddenPage } from "./pages/forbidden.js";
import { ADMIN_PREFIX } from "./session.js";

/** The sign-in page, with the page asked for to return to afterwards. */
export function toSignIn(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const next = request.method === "GET" ? request.url : `${ADMIN_PREFIX}/requests`;
  return reply.redirect(`${ADMIN_PREFIX}/sign-in?next=${encodeURIComponent(next)}`, 303);
}

/**
 * The check every console route runs before its handler: signed in (else to the sign-in page), the
 * CSRF token of the session on every form post (else 403), and the permission from the one table
 * (else 403 in the user's language). `null` asks only for a session: signing out is for every role.
 */
export function guard(ctx: ConsoleContext, permission: Permission | null): preHandlerAsyncHookHandler {
  return async (request, reply) => {
    const session = request.adminSession;
    if (!session) return toSignIn(request, reply);
    if (request.method !== "GET" && request.method !== "HEAD") {
      if (!csrfTokenMatches(session, formBody(request)._csrf))
        return sendHtml(reply, forbiddenPage(pageOf(request, ctx), "csrf"), 403);
    }
    if (permission !== null && !can(session.user.role, permission))
      return sendHtml(reply, forbiddenPage(pageOf(request, ctx), "role"), 403);
  };
}
