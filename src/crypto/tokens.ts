import { createHmac, hkdfSync, randomBytes, randomInt } from "node:crypto";

/** A random token for a link or a session: 32 bytes (256 bits), base64url, so it fits in a URL as is. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** A numeric one-time code of `digits` digits, uniform (leading zeros kept), for a person to type. */
export function numericCode(digits = 6): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, "0");
}

/**
 * A key for one purpose derived from a master key (HKDF-SHA256), so the key that encrypts never also
 * signs or hashes, and one purpose's values say nothing about another's.
 */
export function subkey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), `waarborg:${purpose}`, 32));
}

/**
 * A token derived from a key and a record id: as unguessable as a random token to anyone without the
 * key, and the holder of the key can derive it again. Used where a link must be sent more than once
 * (a retried job re-sends the download link) while the store keeps only its hash.
 */
export function derivedToken(key: Buffer, id: string): string {
  return createHmac("sha256", key).update(id).digest("base64url");
}
