import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { KeyConfigError, loadDataKey } from "../../src/crypto/keys.js";

describe("data key from the environment", () => {
  it("reads 32 bytes of base64 (standard or url-safe)", () => {
    const bytes = randomBytes(32);
    expect(loadDataKey({ WAARBORG_DATA_KEY: bytes.toString("base64") }).equals(bytes)).toBe(true);
    expect(loadDataKey({ WAARBORG_DATA_KEY: bytes.toString("base64url") }).equals(bytes)).toBe(true);
    expect(loadDataKey({ WAARBORG_DATA_KEY: ` ${bytes.toString("base64")}\n` }).equals(bytes)).toBe(true);
  });

  it("says how to make one when it is missing", () => {
    expect(() => loadDataKey({})).toThrow(KeyConfigError);
    expect(() => loadDataKey({ WAARBORG_DATA_KEY: "" })).toThrow(
      /WAARBORG_DATA_KEY is not set.*openssl rand -base64 32/,
    );
  });

  it("names the length when it is not 32 bytes, without repeating the value", () => {
    const short = randomBytes(16).toString("base64");
    expect(() => loadDataKey({ WAARBORG_DATA_KEY: short })).toThrow(/holds 16 bytes; AES-256 needs exactly 32/);
    try {
      loadDataKey({ WAARBORG_DATA_KEY: short });
    } catch (error) {
      expect((error as Error).message).not.toContain(short);
    }
    expect(() => loadDataKey({ WAARBORG_DATA_KEY: randomBytes(48).toString("base64") })).toThrow(/holds 48 bytes/);
  });

  it("refuses text that is not base64", () => {
    expect(() => loadDataKey({ WAARBORG_DATA_KEY: "not a key!" })).toThrow(/not base64/);
  });

  it("reads another variable when named", () => {
    const bytes = randomBytes(32);
    expect(loadDataKey({ OTHER: bytes.toString("base64") }, "OTHER").equals(bytes)).toBe(true);
    expect(() => loadDataKey({}, "OTHER")).toThrow(/OTHER is not set/);
  });
});
