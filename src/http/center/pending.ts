import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * The request a browser just filed, kept in an httpOnly cookie so the "check your e-mail" page can
 * take the code without putting the status link's secret in an address bar, a history or a log. The
 * page behind it reads the same for everybody; the cookie is the only part of the answer that
 * differs between two people, and it holds nothing but random values.
 */
export const PENDING_COOKIE = "waarborg_pending";
const MAX_AGE_SECONDS = 24 * 60 * 60;

export interface PendingRequest {
  requestId: string;
  statusToken: string;
}

const cookieOptions = (secure: boolean) =>
  ({ path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: MAX_AGE_SECONDS }) as const;

export function setPending(reply: FastifyReply, pending: PendingRequest, secure: boolean): void {
  reply.setCookie(PENDING_COOKIE, `${pending.requestId}.${pending.statusToken}`, cookieOptions(secure));
}

export function readPending(request: FastifyRequest): PendingRequest | undefined {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{16,128})$/.exec(request.cookies[PENDING_COOKIE] ?? "");
  return match ? { requestId: match[1]!, statusToken: match[2]! } : undefined;
}

export function clearPending(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(PENDING_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure });
}
