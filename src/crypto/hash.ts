import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** sha256 as lowercase hex: how the store keeps tokens (links, sessions, API tokens). */
export function sha256Hex(value: string | Buffer): string {
  return createHash("sha256").update(value).digest("hex");
}

/** HMAC-SHA256 as lowercase hex. */
export function hmacSha256Hex(key: Buffer | string, value: string | Buffer): string {
  return createHmac("sha256", key).update(value).digest("hex");
}

/**
 * Whether two strings are equal, in time that does not depend on where they differ. Both sides are
 * hashed first, so their lengths (which timingSafeEqual requires to match) give nothing away either.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  return timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest());
}
