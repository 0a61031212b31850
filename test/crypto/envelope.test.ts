import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EnvelopeError, open, openText, seal, sealText } from "../../src/crypto/envelope.js";

const key = randomBytes(32);

describe("AES-256-GCM envelope", () => {
  it("round-trips any bytes under the same key and context (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.string(), (bytes, context) => {
        const plaintext = Buffer.from(bytes);
        expect(open(key, seal(key, plaintext, context), context).equals(plaintext)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("starts with version 1, a fresh nonce each time, and hides the plaintext", () => {
    const a = seal(key, "jan@example.nl", "request:1");
    const b = seal(key, "jan@example.nl", "request:1");
    expect(a[0]).toBe(1);
    expect(a.length).toBe(1 + 12 + 16 + "jan@example.nl".length);
    expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false);
    expect(a.toString("latin1")).not.toContain("jan@example.nl");
  });

  it("refuses another context, another key, a changed byte and an unknown version", () => {
    const sealed = seal(key, "secret", "request:1");
    expect(() => open(key, sealed, "request:2")).toThrow(EnvelopeError);
    expect(() => open(randomBytes(32), sealed, "request:1")).toThrow(EnvelopeError);
    for (const index of [0, 5, 20, sealed.length - 1]) {
      const changed = Buffer.from(sealed);
      changed[index] = (changed[index] ?? 0) ^ 1;
      expect(() => open(key, changed, "request:1"), `byte ${index}`).toThrow(EnvelopeError);
    }
    expect(() => open(key, sealed.subarray(0, 20), "request:1")).toThrow(/too short/);
  });

  it("refuses a key of the wrong length", () => {
    expect(() => seal(randomBytes(16), "x", "c")).toThrow(/32 bytes/);
  });

  it("has a text form for text columns", () => {
    const text = sealText(key, "héllo", "ctx");
    expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(openText(key, text, "ctx")).toBe("héllo");
  });

  it("an error message never holds the plaintext or the key", () => {
    const sealed = seal(key, "jan@example.nl", "a");
    try {
      open(key, sealed, "b");
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain("jan@example.nl");
      expect((error as Error).message).not.toContain(key.toString("base64"));
    }
  });
});
