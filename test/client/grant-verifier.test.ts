import { generateKeyPairSync, sign } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revokeGrant } from "../../src/access-grants/index.js";
import { createGrantVerifier, type GrantVerifierOptions } from "../../packages/client/src/index.js";
import { type RunningService, startService } from "./service.js";

const b64 = (value: string | Buffer) => Buffer.from(value).toString("base64url");
const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;

describe("the client SDK's grant verifier, with only the keys the service publishes", () => {
  let service: RunningService;
  /** Every address the verifier fetched. */
  let fetched: string[];
  const verifier = (options: Partial<GrantVerifierOptions> = {}) =>
    createGrantVerifier({
      baseUrl: service.baseUrl,
      now: () => service.clock.now,
      fetch: async (input, init) => {
        fetched.push(new URL(String(input)).pathname);
        return fetch(input, init);
      },
      ...options,
    });
  const later = (seconds: number) => {
    service.clock.now = new Date(service.clock.now.getTime() + seconds * 1000);
  };

  beforeAll(async () => {
    service = await startService();
  });
  afterAll(() => service.close());

  it("accepts a valid token for its tenant, fetching nothing but the key set and the revocation list", async () => {
    fetched = [];
    const grant = await service.activeGrant("tenant-1");
    const result = await verifier().verify(grant.token, { tenant: "tenant-1" });
    expect(result).toEqual({
      ok: true,
      claims: expect.objectContaining({
        iss: service.baseUrl,
        jti: grant.id,
        tenant: "tenant-1",
        sub: "staff-7",
        ref: { kind: "ticket", id: "SUP-1234" },
      }),
    });
    expect([...new Set(fetched)].sort()).toEqual(["/.well-known/access-grant-revocations", "/.well-known/jwks.json"]);
  });

  it("refuses the token for another tenant's data", async () => {
    const grant = await service.activeGrant("tenant-2");
    expect(await verifier().verify(grant.token, { tenant: "tenant-3" })).toEqual({
      ok: false,
      refusal: "wrong-tenant",
    });
  });

  it("refuses an expired token", async () => {
    const grant = await service.activeGrant("tenant-4");
    const check = verifier();
    expect((await check.verify(grant.token, { tenant: "tenant-4" })).ok).toBe(true);
    later((Date.parse(grant.expiresAt) - service.clock.now.getTime()) / 1000 + 31);
    expect(await check.verify(grant.token, { tenant: "tenant-4" })).toEqual({ ok: false, refusal: "expired" });
  });

  it("refuses a revoked grant once the refreshed revocation list names it", async () => {
    const grant = await service.activeGrant("tenant-5");
    const check = verifier({ revocationsRefreshSeconds: 60 });
    expect((await check.verify(grant.token, { tenant: "tenant-5" })).ok).toBe(true);
    await revokeGrant(service.ctx, grant.id, "solved", "user:approver");
    fetched = [];
    later(61);
    expect(await check.verify(grant.token, { tenant: "tenant-5" })).toEqual({ ok: false, refusal: "revoked" });
    expect(fetched).toEqual(["/.well-known/access-grant-revocations"]);
    // A verifier started after the revocation refuses it at once.
    expect(await verifier().verify(grant.token, { tenant: "tenant-5" })).toEqual({ ok: false, refusal: "revoked" });
  });

  it("refuses a token whose claims were changed, or that another key signed under the service's kid", async () => {
    const grant = await service.activeGrant("tenant-6");
    const [head, body, signature] = grant.token.split(".") as [string, string, string];
    const claims = decode(body);
    const check = verifier();
    const widened = `${head}.${b64(JSON.stringify({ ...claims, tenant: "tenant-7" }))}.${signature}`;
    expect(await check.verify(widened, { tenant: "tenant-7" })).toEqual({ ok: false, refusal: "bad-signature" });
    const longer = `${head}.${b64(JSON.stringify({ ...claims, exp: Number(claims.exp) + 86_400 }))}.${signature}`;
    expect(await check.verify(longer, { tenant: "tenant-6" })).toEqual({ ok: false, refusal: "bad-signature" });

    const { privateKey } = generateKeyPairSync("ed25519");
    const forged = `${head}.${body}.${b64(sign(null, Buffer.from(`${head}.${body}`), privateKey))}`;
    expect(await check.verify(forged, { tenant: "tenant-6" })).toEqual({ ok: false, refusal: "bad-signature" });

    const none = `${b64(JSON.stringify({ ...decode(head), alg: "none" }))}.${body}.`;
    expect(await check.verify(none, { tenant: "tenant-6" })).toEqual({ ok: false, refusal: "malformed" });
    const otherKid = `${b64(JSON.stringify({ ...decode(head), kid: "someone-else" }))}.${body}.${signature}`;
    expect(await check.verify(otherKid, { tenant: "tenant-6" })).toEqual({ ok: false, refusal: "unknown-key" });
    expect(await check.verify("not a token", { tenant: "tenant-6" })).toEqual({ ok: false, refusal: "malformed" });
  });

  it("refuses a token from another issuer", async () => {
    const grant = await service.activeGrant("tenant-8");
    const check = verifier({ issuer: "https://privacy.example.nl" });
    expect(await check.verify(grant.token, { tenant: "tenant-8" })).toEqual({ ok: false, refusal: "wrong-issuer" });
  });

  it("refuses every token while no fresh revocation list can be had", async () => {
    const grant = await service.activeGrant("tenant-9");
    let listUp = true;
    const check = verifier({
      fetch: async (input, init) => {
        if (!listUp && String(input).endsWith("/access-grant-revocations")) return new Response("", { status: 503 });
        return fetch(input, init);
      },
    });
    expect((await check.verify(grant.token, { tenant: "tenant-9" })).ok).toBe(true);
    listUp = false;
    // Within the last list's own freshness (five minutes) a failed refresh keeps it; past it, nothing passes.
    later(120);
    expect((await check.verify(grant.token, { tenant: "tenant-9" })).ok).toBe(true);
    later(240);
    expect(await check.verify(grant.token, { tenant: "tenant-9" })).toEqual({
      ok: false,
      refusal: "revocations-unavailable",
    });
    listUp = true;
    const fresh = await service.activeGrant("tenant-9");
    expect((await check.verify(fresh.token, { tenant: "tenant-9" })).ok).toBe(true);
  });

  it("takes a key set address alone, the issuer read from it", async () => {
    const grant = await service.activeGrant("tenant-10");
    const check = createGrantVerifier({
      jwksUrl: `${service.baseUrl}/.well-known/jwks.json`,
      now: () => service.clock.now,
    });
    expect((await check.verify(grant.token, { tenant: "tenant-10" })).ok).toBe(true);
  });
});
