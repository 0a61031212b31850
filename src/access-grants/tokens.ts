import { sign } from "node:crypto";
import type { SigningKey } from "./keys.js";
import {
  base64url,
  GRANT_TOKEN_TYPE,
  type GrantClaims,
  REVOCATION_LIST_TYPE,
  type RevocationList,
} from "./verifier.js";

/**
 * A token lives this long at most (and never past its grant's expiry): an application that does not
 * read the revocation list still stops honouring a revoked grant within this time.
 */
export const TOKEN_LIFETIME_SECONDS = 15 * 60;
/** A revocation list is fresh this long; an application fetches a new one at least as often. */
export const REVOCATION_LIST_SECONDS = 5 * 60;

function compactJws(header: Record<string, unknown>, payload: object, key: SigningKey): string {
  const head = base64url(JSON.stringify({ ...header, alg: "EdDSA", kid: key.kid }));
  const body = base64url(JSON.stringify(payload));
  const signature = sign(null, Buffer.from(`${head}.${body}`), key.privateKey);
  return `${head}.${body}.${base64url(signature)}`;
}

export const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

export function signGrantToken(claims: GrantClaims, key: SigningKey): string {
  return compactJws({ typ: GRANT_TOKEN_TYPE }, claims, key);
}

export function signRevocationList(list: RevocationList, key: SigningKey): string {
  return compactJws({ typ: REVOCATION_LIST_TYPE }, list, key);
}
