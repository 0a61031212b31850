import { createPublicKey, type JsonWebKey, type KeyObject, verify } from "node:crypto";

/*
 * The verifier the company's application runs: it needs the published key set (/.well-known/jwks.json)
 * and nothing else of Waarborg, and never calls back. It imports only node:crypto, so the application
 * can take this one file. A token is refused when its signature, key, type, issuer, time window or
 * tenant is wrong, and when a signed revocation list (also checked against the key set) names it.
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
  alg: "EdDSA";
  use: "sig";
}

export interface KeySet {
  keys: PublishedKey[];
}

/** What a grant token says; `jti` is the grant's id. Times are seconds since 1970, as in JWT. */
export interface GrantClaims {
  iss: string;
  sub: string;
  jti: string;
  tenant: string;
  party: string;
  ref: { kind: string; id: string };
  iat: number;
  nbf: number;
  exp: number;
}

export interface RevocationList {
  iss: string;
  iat: number;
  exp: number;
  /** Grant ids revoked before their expiry. */
  revoked: string[];
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
  | "revoked";

export type Verified<T> = { ok: true; claims: T } | { ok: false; refusal: Refusal };

export function base64url(bytes: Buffer | string): string {
  return Buffer.from(bytes).toString("base64url");
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function importKeys(set: KeySet): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  for (const jwk of set.keys) {
    if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.kid !== "string") continue;
    keys.set(jwk.kid, createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x } as JsonWebKey, format: "jwk" }));
  }
  return keys;
}

export interface VerifierOptions {
  /** The issuer the tokens must name: Waarborg's public address. */
  issuer: string;
  /** Seconds of clock difference tolerated at either end of a token's window. */
  leewaySeconds?: number;
}

export interface VerifyOptions {
  now?: Date;
  /** The tenant whose data is about to be opened: a token for another tenant is refused. */
  tenant?: string;
  /** A revocation list that verifyRevocations accepted. */
  revocations?: RevocationList;
}

export interface GrantVerifier {
  verify(token: string, options?: VerifyOptions): Verified<GrantClaims>;
  /** Checks a revocation list's signature, issuer and freshness. */
  verifyRevocations(list: string, now?: Date): Verified<RevocationList>;
}

/** A verifier built only from the published key set. */
export function createGrantVerifier(keySet: KeySet, options: VerifierOptions): GrantVerifier {
  const keys = importKeys(keySet);
  const leeway = options.leewaySeconds ?? 30;

  function open(token: string, type: string, now: Date): Verified<Record<string, unknown>> {
    const parts = token.split(".");
    if (parts.length !== 3) return { ok: false, refusal: "malformed" };
    const [head, body, signature] = parts as [string, string, string];
    const header = decodeJson(head);
    const claims = decodeJson(body);
    if (!header || !claims) return { ok: false, refusal: "malformed" };
    // The algorithm is fixed: a header asking for another one (or "none") is refused, not followed.
    if (header.alg !== "EdDSA") return { ok: false, refusal: "malformed" };
    const key = typeof header.kid === "string" ? keys.get(header.kid) : undefined;
    if (!key) return { ok: false, refusal: "unknown-key" };
    if (!verify(null, Buffer.from(`${head}.${body}`), key, Buffer.from(signature, "base64url")))
      return { ok: false, refusal: "bad-signature" };
    if (header.typ !== type) return { ok: false, refusal: "wrong-type" };
    if (claims.iss !== options.issuer) return { ok: false, refusal: "wrong-issuer" };
    const seconds = Math.floor(now.getTime() / 1000);
    if (typeof claims.exp !== "number" || seconds >= claims.exp + leeway) return { ok: false, refusal: "expired" };
    if (typeof claims.nbf === "number" && seconds < claims.nbf - leeway) return { ok: false, refusal: "not-yet-valid" };
    return { ok: true, claims };
  }

  return {
    verify(token, verifyOptions = {}) {
      const opened = open(token, GRANT_TOKEN_TYPE, verifyOptions.now ?? new Date());
      if (!opened.ok) return opened;
      const claims = opened.claims as unknown as GrantClaims;
      if (typeof claims.jti !== "string" || typeof claims.tenant !== "string")
        return { ok: false, refusal: "malformed" };
      if (verifyOptions.tenant !== undefined && claims.tenant !== verifyOptions.tenant)
        return { ok: false, refusal: "wrong-tenant" };
      if (verifyOptions.revocations?.revoked.includes(claims.jti)) return { ok: false, refusal: "revoked" };
      return { ok: true, claims };
    },
    verifyRevocations(list, now = new Date()) {
      const opened = open(list, REVOCATION_LIST_TYPE, now);
      if (!opened.ok) return opened;
      const claims = opened.claims as unknown as RevocationList;
      if (!Array.isArray(claims.revoked) || !claims.revoked.every((id) => typeof id === "string"))
        return { ok: false, refusal: "malformed" };
      return { ok: true, claims };
    },
  };
}
