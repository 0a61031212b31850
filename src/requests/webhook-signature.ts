import { constantTimeEqual, hmacSha256Hex } from "../crypto/index.js";

/*
 * Webhooks are signed like this: the header `Waarborg-Signature: t=<unix seconds>,v1=<hex>` where hex
 * is HMAC-SHA256 with the shared secret (WAARBORG_WEBHOOK_SECRET) over `<t>.<body>`. The timestamp
 * inside the signature lets a receiver refuse a replayed old message.
 */
export const SIGNATURE_HEADER = "Waarborg-Signature";

export function signWebhook(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${hmacSha256Hex(secret, `${t}.${body}`)}`;
}

/** For receivers (and tests): whether a signature header is valid for the body and recent enough. */
export function verifyWebhook(
  secret: string,
  body: string,
  header: string,
  options: { now?: Date; toleranceSeconds?: number } = {},
): boolean {
  const parts = Object.fromEntries(header.split(",").map((part) => part.trim().split("=", 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || typeof parts.v1 !== "string") return false;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - t) > (options.toleranceSeconds ?? 300)) return false;
  return constantTimeEqual(parts.v1, hmacSha256Hex(secret, `${t}.${body}`));
}
