import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { DATA_KEY_BYTES } from "./keys.js";

/*
 * The encrypted envelope, version 1:
 *
 *   byte 0        format version (1: AES-256-GCM)
 *   bytes 1-12    the nonce, random per envelope
 *   bytes 13-28   the GCM authentication tag
 *   bytes 29-     the ciphertext
 *
 * The version comes first so a later format (another cipher, a key id for rotation) can be read next to
 * this one. A `context` string is bound in as additional authenticated data: an envelope only opens
 * under the context it was sealed for, so a ciphertext copied from one request's row to another's is
 * refused instead of decrypted.
 */
const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + NONCE_BYTES + TAG_BYTES;

/** The envelope cannot be opened: wrong key, wrong context, changed bytes or an unknown version. */
export class EnvelopeError extends Error {}

function checkKey(key: Buffer): void {
  if (key.length !== DATA_KEY_BYTES) throw new EnvelopeError(`the key must be ${DATA_KEY_BYTES} bytes`);
}

/** Encrypts bytes for one context. */
export function seal(key: Buffer, plaintext: Buffer | string, context: string): Buffer {
  checkKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([
    cipher.update(typeof plaintext === "string" ? Buffer.from(plaintext) : plaintext),
    cipher.final(),
  ]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), body]);
}

/** Decrypts an envelope sealed for `context`; throws EnvelopeError when it does not open. */
export function open(key: Buffer, envelope: Buffer, context: string): Buffer {
  checkKey(key);
  if (envelope.length < HEADER_BYTES) throw new EnvelopeError("the envelope is too short");
  if (envelope[0] !== VERSION) throw new EnvelopeError(`unknown envelope version ${envelope[0]}`);
  const nonce = envelope.subarray(1, 1 + NONCE_BYTES);
  const tag = envelope.subarray(1 + NONCE_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, nonce);
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(envelope.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw new EnvelopeError("the envelope does not open with this key and context (changed, or another key)");
  }
}

/** The envelope as text, for text columns: base64 of the same bytes. */
export function sealText(key: Buffer, plaintext: string, context: string): string {
  return seal(key, plaintext, context).toString("base64");
}

export function openText(key: Buffer, envelope: string, context: string): string {
  return open(key, Buffer.from(envelope, "base64"), context).toString("utf8");
}
