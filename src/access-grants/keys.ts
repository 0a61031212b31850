import { createPublicKey, type KeyObject } from "node:crypto";
import { CheckpointError, keyFingerprint, parsePrivateKey, parsePublicKey } from "../audit/index.js";
import { AccessGrantError } from "./errors.js";
import type { KeySet, PublishedKey } from "./verifier.js";

/** The key grant tokens are signed with: Ed25519, PEM or base64 PKCS#8, from the environment only. */
export const GRANT_SIGNING_KEY_ENV = "WAARBORG_GRANT_SIGNING_KEY";
/**
 * Public keys still published after a rotation (base64 SPKI, comma-separated), so tokens signed with
 * the previous key verify until they expire.
 */
export const GRANT_PUBLISHED_KEYS_ENV = "WAARBORG_GRANT_PUBLISHED_KEYS";

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

function readKey<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CheckpointError) throw new AccessGrantError("not-configured", error.message);
    throw error;
  }
}

/** The signing key, or undefined when the environment sets none (then no token can be signed). */
export function grantSigningKey(env: NodeJS.ProcessEnv): SigningKey | undefined {
  const text = env[GRANT_SIGNING_KEY_ENV];
  if (!text) return undefined;
  const privateKey = readKey(() => parsePrivateKey(text, GRANT_SIGNING_KEY_ENV));
  return { kid: keyFingerprint(createPublicKey(privateKey)), privateKey };
}

export function requireSigningKey(env: NodeJS.ProcessEnv): SigningKey {
  const key = grantSigningKey(env);
  if (!key)
    throw new AccessGrantError("not-configured", `${GRANT_SIGNING_KEY_ENV} is not set: no grant token can be signed`);
  return key;
}

function published(publicKey: KeyObject): PublishedKey {
  const jwk = publicKey.export({ format: "jwk" });
  return { kty: "OKP", crv: "Ed25519", x: String(jwk.x), kid: keyFingerprint(publicKey), alg: "EdDSA", use: "sig" };
}

/** The key set at /.well-known/jwks.json: the signing key's public half first, then the older ones. */
export function grantKeySet(env: NodeJS.ProcessEnv): KeySet {
  const keys: PublishedKey[] = [];
  const signing = grantSigningKey(env);
  if (signing) keys.push(published(createPublicKey(signing.privateKey)));
  for (const text of (env[GRANT_PUBLISHED_KEYS_ENV] ?? "").split(",")) {
    if (!text.trim()) continue;
    const key = published(readKey(() => parsePublicKey(text, GRANT_PUBLISHED_KEYS_ENV)));
    if (!keys.some((k) => k.kid === key.kid)) keys.push(key);
  }
  return { keys };
}
