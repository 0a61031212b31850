import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { constantTimeEqual, hmacSha256Hex, sha256Hex } from "../../src/crypto/hash.js";
import { derivedToken, numericCode, randomToken, subkey } from "../../src/crypto/tokens.js";

describe("tokens and codes", () => {
  it("random tokens are 256 bits of base64url and never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => randomToken()));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url").length).toBe(32);
    }
  });

  it("codes have exactly the digits asked for, leading zeros kept, spread over every digit", () => {
    const codes = Array.from({ length: 5000 }, () => numericCode());
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    const firstDigits = new Set(codes.map((c) => c[0]));
    expect(firstDigits.size).toBe(10);
    expect(numericCode(8)).toMatch(/^\d{8}$/);
  });

  it("subkeys differ per purpose and per master key, and are stable", () => {
    const master = randomBytes(32);
    expect(subkey(master, "codes").equals(subkey(master, "codes"))).toBe(true);
    expect(subkey(master, "codes").equals(subkey(master, "tokens"))).toBe(false);
    expect(subkey(master, "codes").equals(subkey(randomBytes(32), "codes"))).toBe(false);
    expect(subkey(master, "codes").length).toBe(32);
  });

  it("derived tokens are stable for a key and id, and differ for another key or id", () => {
    const key = randomBytes(32);
    expect(derivedToken(key, "a")).toBe(derivedToken(key, "a"));
    expect(derivedToken(key, "a")).not.toBe(derivedToken(key, "b"));
    expect(derivedToken(randomBytes(32), "a")).not.toBe(derivedToken(key, "a"));
    expect(derivedToken(key, "a")).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe("hashes", () => {
  it("sha256 as hex matches the reference digest", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(Buffer.from("abc"))).toBe(createHash("sha256").update("abc").digest("hex"));
  });

  it("HMAC-SHA256 matches RFC 4231 test case 2", () => {
    expect(hmacSha256Hex("Jefe", "what do ya want for nothing?")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("constant-time compare says equal only for equal strings, of any lengths", () => {
    expect(constantTimeEqual("123456", "123456")).toBe(true);
    expect(constantTimeEqual("123456", "123457")).toBe(false);
    expect(constantTimeEqual("123456", "1234567")).toBe(false);
    expect(constantTimeEqual("", "")).toBe(true);
  });
});
