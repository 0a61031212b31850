import { constantTimeEqual, derivedToken, subkey } from "../crypto/index.js";

/** An answer link works this long after it was mailed; every reminder carries a fresh one. */
export const TASK_LINK_DAYS = 21;

/**
 * The answer link's token: the task's id, the instant it stops working, and an HMAC over both under
 * a key derived from the data key for this purpose only. No login: whoever holds the mail can answer,
 * as whoever holds the owner's mailbox could anyway; the signature stops a guessed or edited link,
 * the expiry a link found in an old mail. The task id is a random UUID, not personal data.
 */
export function signTaskToken(dataKey: Buffer, use: TokenUse, taskId: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000).toString(36);
  return `${taskId}.${expires}.${mac(dataKey, use, taskId, expires)}`;
}

/**
 * What a token opens: the owner's answer page, or a webhook system's callback. Each is signed under a
 * key of its own, so a callback URL (whose answer must also carry the system's signature) never opens
 * the answer page, and an answer link never stands in for a callback.
 */
export type TokenUse = "answer" | "hook";

export type TokenCheck = { ok: true; taskId: string } | { ok: false; reason: "forged" | "expired" };

/** Checks a token's signature, then its expiry; a forged token says nothing about any task. */
export function checkTaskToken(dataKey: Buffer, use: TokenUse, token: string, now: Date): TokenCheck {
  const [taskId, expires, signature, ...rest] = token.split(".");
  if (!taskId || !expires || !signature || rest.length > 0) return { ok: false, reason: "forged" };
  if (!constantTimeEqual(signature, mac(dataKey, use, taskId, expires))) return { ok: false, reason: "forged" };
  if (parseInt(expires, 36) * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, taskId };
}

const PURPOSE: Record<TokenUse, string> = { answer: "task-link", hook: "task-hook" };

function mac(dataKey: Buffer, use: TokenUse, taskId: string, expires: string): string {
  // base64url, so the whole token stays under the router's 100 characters for a path parameter.
  return derivedToken(subkey(dataKey, PURPOSE[use]), `${taskId}.${expires}`);
}
