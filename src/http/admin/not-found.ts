import type { FastifyReply, FastifyRequest } from "fastify";
import { localize } from "../../register/index.js";
import { errorPage } from "../pages/errors.js";
import { type ConsoleContext, sendHtml } from "./context.js";
import { ADMIN_PREFIX } from "./session.js";

/** The shared not-found page, in the user's language; it never repeats the id asked for. */
export function notFound(request: FastifyRequest, reply: FastifyReply, ctx: ConsoleContext): FastifyReply {
  const page = errorPage("not-found", {
    lang: request.adminLang,
    siteName: localize(ctx.register.organization.name, request.adminLang),
    homeHref: `${ADMIN_PREFIX}/requests`,
  });
  return sendHtml(reply, page, 404);
}
