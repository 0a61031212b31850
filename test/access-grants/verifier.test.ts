import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createGrantVerifier, type GrantClaims, grantKeySet } from "../../src/access-grants/index.js";
import { grantSigningKey } from "../../src/access-grants/keys.js";
import { signGrantToken, signRevocationList } from "../../src/access-grants/tokens.js";
import { ISSUER, signingKeyText } from "./fixture.js";

const now = new Date("2026-03-02T09:00:00Z");
const t = Math.floor(now.getTime() / 1000);
const claims: GrantClaims = {
  iss: ISSUER,
  sub: "staff-7",
  jti: "grant-1",
  tenant: "tenant-42",
  party: "staff",
  ref: { kind: "ticket", id: "SUP-1" },
  iat: t,
  nbf: t,
  exp: t + 600,
};

describe("the grant token verifier, built only from the published key set", () => {
  const env = { WAARBORG_GRANT_SIGNING_KEY: signingKeyText() };
  const key = grantSigningKey(env)!;
  const keySet = grantKeySet(env);
  const verifier = createGrantVerifier(keySet, { issuer: ISSUER });

  it("publishes the signing key as one OKP Ed25519 JWK without its private part", () => {
    expect(keySet.keys).toHaveLength(1);
    expect(keySet.keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig", kid: key.kid });
    expect(Object.keys(keySet.keys[0]!)).not.toContain("d");
  });

  it("accepts a good token and refuses it outside its window", () => {
    const token = signGrantToken(claims, key);
    expect(verifier.verify(token, { now })).toEqual({ ok: true, claims });
    expect(verifier.verify(token, { now: new Date((t + 600 + 31) * 1000) })).toEqual({ ok: false, refusal: "expired" });
    expect(verifier.verify(token, { now: new Date((t - 31) * 1000) })).toEqual({ ok: false, refusal: "not-yet-valid" });
  });

  it("refuses a changed token, another key, another issuer, a revocation list as a token and alg none", () => {
    const token = signGrantToken(claims, key);
    const [head, , signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...claims, tenant: "tenant-9" })).toString("base64url");
    expect(verifier.verify(`${head}.${forged}.${signature}`, { now })).toEqual({ ok: false, refusal: "bad-signature" });
    const stranger = grantSigningKey({ WAARBORG_GRANT_SIGNING_KEY: signingKeyText() })!;
    expect(verifier.verify(signGrantToken(claims, stranger), { now })).toEqual({ ok: false, refusal: "unknown-key" });
    expect(verifier.verify(signGrantToken({ ...claims, iss: "https://evil.example" }, key), { now })).toEqual({
      ok: false,
      refusal: "wrong-issuer",
    });
    const list = signRevocationList({ iss: ISSUER, iat: t, exp: t + 300, revoked: [] }, key);
    expect(verifier.verify(list, { now })).toEqual({ ok: false, refusal: "wrong-type" });
    const none = Buffer.from(JSON.stringify({ alg: "none", kid: key.kid, typ: "waarborg-access-grant+jwt" }));
    expect(verifier.verify(`${none.toString("base64url")}.${token.split(".")[1]}.`, { now })).toEqual({
      ok: false,
      refusal: "malformed",
    });
    expect(verifier.verify("not a token", { now })).toEqual({ ok: false, refusal: "malformed" });
  });

  it("keeps verifying tokens of a previous key while the key set still publishes it", () => {
    const { privateKey } = generateKeyPairSync("ed25519");
    const old = privateKey.export({ type: "pkcs8", format: "der" }).toString("base64");
    const oldKey = grantSigningKey({ WAARBORG_GRANT_SIGNING_KEY: old })!;
    const publicOld = createPublicKey(privateKey).export({ type: "spki", format: "der" }).toString("base64");
    const rotated = grantKeySet({ ...env, WAARBORG_GRANT_PUBLISHED_KEYS: publicOld });
    expect(rotated.keys.map((k) => k.kid)).toEqual([key.kid, oldKey.kid]);
    const token = signGrantToken(claims, oldKey);
    expect(createGrantVerifier(rotated, { issuer: ISSUER }).verify(token, { now }).ok).toBe(true);
    expect(verifier.verify(token, { now })).toEqual({ ok: false, refusal: "unknown-key" });
  });
});
