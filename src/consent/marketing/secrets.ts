import type { ServiceContext } from "../../context/index.js";
import { derivedToken, hmacSha256Hex, openText, sealText, sha256Hex, subkey } from "../../crypto/index.js";

/*
 * A subscription's secrets, each under its own key derived from the data key. Links are derived from
 * the subscription's random id, so every message can carry the same unsubscribe link while the store
 * keeps only its sha256; the address is found by a keyed hash and read only when a mail goes out.
 */

const keys = new WeakMap<Buffer, Map<string, Buffer>>();

function key(ctx: Pick<ServiceContext, "keys">, purpose: string): Buffer {
  let derived = keys.get(ctx.keys.data);
  if (!derived) keys.set(ctx.keys.data, (derived = new Map()));
  let one = derived.get(purpose);
  if (!one) derived.set(purpose, (one = subkey(ctx.keys.data, purpose)));
  return one;
}

/** The same address in any case and spacing gives the same hash; nobody without the key can compute one. */
export function emailHash(ctx: Pick<ServiceContext, "keys">, email: string): string {
  return hmacSha256Hex(key(ctx, "subscription-email"), email.trim().toLowerCase());
}

export function sealEmail(ctx: Pick<ServiceContext, "keys">, id: string, email: string): string {
  return sealText(ctx.keys.data, email.trim(), `subscription:${id}:email`);
}

export function openEmail(ctx: Pick<ServiceContext, "keys">, id: string, sealed: string): string {
  return openText(ctx.keys.data, sealed, `subscription:${id}:email`);
}

export function unsubscribeToken(ctx: Pick<ServiceContext, "keys">, id: string): string {
  return derivedToken(key(ctx, "unsubscribe-link"), id);
}

export const tokenHash = (token: string) => sha256Hex(token);

/** Where the links in subscription mail lead: the privacy center of the service. */
export function centerLink(ctx: Pick<ServiceContext, "publicUrl">, path: string): string {
  return `${ctx.publicUrl.replace(/\/+$/, "")}${path}`;
}
