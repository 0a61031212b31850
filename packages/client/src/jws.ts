/*
 * Compact JWS signed with EdDSA (Ed25519), checked with WebCrypto: the same checks, in the same order,
 * as the service's own verifier (src/access-grants/verifier.ts), without any of its code.
 */

/** The `typ` of a grant token and of a revocation list: neither can be passed off as the other. */
export const GRANT_TOKEN_TYPE = "waarborg-access-grant+jwt";
export const REVOCATION_LIST_TYPE = "waarborg-access-revocations+jwt";

/** A published key: an Ed25519 public key as an OKP JSON Web Key. */
export interface PublishedKey {
  kty: "OKP";
  crv: "Ed25519";
  x: string;
  kid: string;
  alg?: "EdDSA";
  use?: "sig";
}

export type Refusal =
  | "malformed"
  | "unknown-key"
  | "bad-signature"
  | "wrong-type"
  | "wrong-issuer"
  | "not-yet-valid"
  | "expired"
  | "wrong-tenant"
  | "revoked"
  /** The signed revocation list could not be fetched or verified, and the last one is out of date. */
  | "revocations-unavailable";

export type Verified<T> = { ok: true; claims: T } | { ok: false; refusal: Refusal };

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const base64 = text
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(text.length / 4) * 4, "=");
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  const bytes = fromBase64url(part);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The key set's Ed25519 keys by kid, imported for verifying only; other keys are passed over. */
export async function importKeys(keys: readonly PublishedKey[]): Promise<Map<string, CryptoKey>> {
  const imported = new Map<string, CryptoKey>();
  for (const jwk of keys) {
    if (jwk?.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.kid !== "string" || typeof jwk.x !== "string")
      continue;
    const key = await crypto.subtle
      .importKey("jwk", { kty: "OKP", crv: "Ed25519", x: jwk.x }, { name: "Ed25519" }, false, ["verify"])
      .catch(() => undefined);
    if (key) imported.set(jwk.kid, key);
  }
  return imported;
}

export interface OpenOptions {
  type: string;
  issuer: string;
  now: Date;
  leewaySeconds: number;
  /** The key a kid names; undefined when the key set does not hold it. */
  key: (kid: string) => Promise<CryptoKey | undefined>;
}

/** The claims of a compact JWS whose signature, algorithm, type, issuer and time window are right. */
export async function openJws(token: string, options: OpenOptions): Promise<Verified<Record<string, unknown>>> {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, refusal: "malformed" };
  const [head, body, signature] = parts as [string, string, string];
  const header = decodeJson(head);
  const claims = decodeJson(body);
  const signatureBytes = fromBase64url(signature);
  if (!header || !claims || !signatureBytes) return { ok: false, refusal: "malformed" };
  // The algorithm is fixed: a header asking for another one (or "none") is refused, not followed.
  if (header.alg !== "EdDSA") return { ok: false, refusal: "malformed" };
  const key = typeof header.kid === "string" ? await options.key(header.kid) : undefined;
  if (!key) return { ok: false, refusal: "unknown-key" };
  const signed = new TextEncoder().encode(`${head}.${body}`);
  if (!(await crypto.subtle.verify({ name: "Ed25519" }, key, signatureBytes, signed)))
    return { ok: false, refusal: "bad-signature" };
  if (header.typ !== options.type) return { ok: false, refusal: "wrong-type" };
  if (claims.iss !== options.issuer) return { ok: false, refusal: "wrong-issuer" };
  const seconds = Math.floor(options.now.getTime() / 1000);
  if (typeof claims.exp !== "number" || seconds >= claims.exp + options.leewaySeconds)
    return { ok: false, refusal: "expired" };
  if (typeof claims.nbf === "number" && seconds < claims.nbf - options.leewaySeconds)
    return { ok: false, refusal: "not-yet-valid" };
  return { ok: true, claims };
}
