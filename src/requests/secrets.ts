import { derivedToken, hmacSha256Hex, sha256Hex, subkey } from "../crypto/index.js";
import type { ServiceContext } from "../context/index.js";

/*
 * The secrets of a request, each under its own key derived from the data key.
 *
 * Status and download links are derived from the record's random id with a keyed hash instead of
 * drawn at random: a mail sent again (a job retried after a crash, a code sent anew) can carry the
 * same link, while the store still holds only its sha256 and nobody without the key can compute one.
 */

const keyCache = new WeakMap<Buffer, Map<string, Buffer>>();

function key(ctx: ServiceContext, purpose: string): Buffer {
  let keys = keyCache.get(ctx.keys.data);
  if (!keys) {
    keys = new Map();
    keyCache.set(ctx.keys.data, keys);
  }
  let derived = keys.get(purpose);
  if (!derived) {
    derived = subkey(ctx.keys.data, purpose);
    keys.set(purpose, derived);
  }
  return derived;
}

export function statusToken(ctx: ServiceContext, requestId: string): string {
  return derivedToken(key(ctx, "status-link"), requestId);
}

export function downloadToken(ctx: ServiceContext, packageId: string): string {
  return derivedToken(key(ctx, "download-link"), packageId);
}

/** How links are stored: sha256 only. */
export function tokenHash(token: string): string {
  return sha256Hex(token);
}

/**
 * A one-time code as stored: keyed, because six digits are a million values and a plain hash of one
 * is reversed by trying them all. The request id is part of it, so a code only fits its own request.
 */
export function codeHash(ctx: ServiceContext, requestId: string, code: string): string {
  return hmacSha256Hex(key(ctx, "verification-code"), `${requestId}:${code}`);
}

/**
 * The identities as a keyed hash, to find duplicate and repeated requests. Keyed for the same reason
 * as codes: e-mail addresses are guessable, and an unkeyed hash of one is as good as the address.
 */
export function identitiesHash(ctx: ServiceContext, canonical: string): string {
  return hmacSha256Hex(key(ctx, "identities"), canonical);
}
