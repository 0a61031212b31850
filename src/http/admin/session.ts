import type { CookieSerializeOptions } from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ActiveSession } from "../../auth/index.js";
import { isLang, requestLang } from "../pages/i18n.js";
import type { Lang } from "../../kernel/index.js";

/** Where the console lives; its cookies are sent to these paths only, never to the privacy center. */
export const ADMIN_PREFIX = "/admin";
export const SESSION_COOKIE = "waarborg_admin";
/** Holds the sign-in form's CSRF token before there is a session (against login CSRF). */
export const SIGN_IN_COOKIE = "waarborg_admin_signin";
const LANG_COOKIE = "waarborg_admin_lang";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user's session, resolved from the cookie before any console route runs. */
    adminSession: ActiveSession | null;
    adminLang: Lang;
  }
}

/**
 * httpOnly so page scripts never see the session, SameSite=Lax so another site's form post arrives
 * without it, Secure when the console is served over https.
 */
export function cookieOptions(secure: boolean, maxAgeSeconds?: number): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: ADMIN_PREFIX,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

/**
 * The console's language: `?lang=` (remembered in a cookie, so links need not carry it), else the
 * remembered choice, else the browser's Accept-Language.
 */
export function resolveAdminLang(request: FastifyRequest, reply: FastifyReply, secure: boolean): Lang {
  const asked = (request.query as { lang?: unknown } | undefined)?.lang;
  if (isLang(asked)) {
    reply.setCookie(LANG_COOKIE, asked, cookieOptions(secure, 365 * 24 * 3600));
    return asked;
  }
  const remembered = request.cookies[LANG_COOKIE];
  if (isLang(remembered)) return remembered;
  return requestLang(undefined, request.headers["accept-language"]);
}

/** A path inside the console to return to after sign-in; anything else (another site) becomes the queue. */
export function safeNext(next: unknown): string {
  if (typeof next !== "string") return `${ADMIN_PREFIX}/requests`;
  const ok = next.startsWith(`${ADMIN_PREFIX}/`) && !next.startsWith("//") && !/[\\\s]/.test(next);
  return ok ? next : `${ADMIN_PREFIX}/requests`;
}
