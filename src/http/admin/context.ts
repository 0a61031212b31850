import type { FastifyReply, FastifyRequest } from "fastify";
import type { SignInLimiter } from "../../auth/index.js";
import type { ServiceContext } from "../../context/index.js";
import { localize } from "../../register/index.js";
import { commonWords } from "../pages/i18n.js";
import type { PageContext } from "./pages/frame.js";

/** The parts of the service context the console's own pages read (sign-in, users, tokens, outbox). */
export type ConsoleContext = Pick<ServiceContext, "store" | "register" | "publicUrl" | "now">;

export interface AdminOptions {
  ctx: ServiceContext;
  /** Sign-in limits; one per process by default, tests pass their own. */
  limiter?: SignInLimiter;
}

/** What a page needs to know about the visit. */
export function pageOf(request: FastifyRequest, ctx: ConsoleContext): PageContext {
  return {
    lang: request.adminLang,
    siteName: localize(ctx.register.organization.name, request.adminLang),
    path: request.url.split("?")[0] ?? request.url,
    session: request.adminSession,
  };
}

export function sendHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).type("text/html; charset=utf-8").send(html);
}

/** Where a form came from: the body of a form post, as fields. */
export function formBody(request: FastifyRequest): Record<string, unknown> {
  const body = request.body;
  return body && typeof body === "object" ? (body as Record<string, unknown>) : {};
}

/** The console's message beside each field a form's schema refused (see pages/form-post.ts). */
export function malformedFields(request: FastifyRequest, fields: readonly string[]): Record<string, string> {
  const message = commonWords(request.adminLang).fieldMalformed;
  return Object.fromEntries(fields.map((field) => [field, message]));
}

/** The text fields of a refused post, to put back in the form. */
export function textFields(body: unknown): Record<string, string> {
  if (typeof body !== "object" || body === null) return {};
  return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === "string"));
}
