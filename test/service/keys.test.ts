import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadDataKey } from "../../src/crypto/keys.js";
import { maskingKey } from "../../src/datasets/masking.js";
import { demoKeys, withStoredKeys } from "../../src/service/keys.js";
import { grantKeySet } from "../../src/access-grants/index.js";
import { tenantCallbackSecret } from "../../src/tenants/index.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "waarborg-keys-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the demo's keys", () => {
  it("generates every key on first start into a file only the owner can read", () => {
    const data = join(dir, ".waarborg");
    const keys = demoKeys(data, {});
    expect(keys.generated).toEqual([
      "WAARBORG_DATA_KEY",
      "WAARBORG_MASKING_KEY",
      "WAARBORG_GRANT_SIGNING_KEY",
      "WAARBORG_TENANT_CALLBACK_KEY",
    ]);
    expect(statSync(keys.file).mode & 0o777).toBe(0o600);
    // The generated values are what the service's key loaders accept.
    expect(loadDataKey({ WAARBORG_DATA_KEY: keys.values.WAARBORG_DATA_KEY })).toHaveLength(32);
    expect(maskingKey({ WAARBORG_MASKING_KEY: keys.values.WAARBORG_MASKING_KEY })).toBe(
      keys.values.WAARBORG_MASKING_KEY,
    );
    expect(grantKeySet({ WAARBORG_GRANT_SIGNING_KEY: keys.values.WAARBORG_GRANT_SIGNING_KEY }).keys).toHaveLength(1);
    // The demo's tenants' callback secrets derive from it: it is long enough to be accepted.
    expect(
      tenantCallbackSecret({ WAARBORG_TENANT_CALLBACK_KEY: keys.values.WAARBORG_TENANT_CALLBACK_KEY }, "1"),
    ).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(keys.file, "utf8")).toBe(
      `WAARBORG_DATA_KEY=${keys.values.WAARBORG_DATA_KEY}\nWAARBORG_MASKING_KEY=${keys.values.WAARBORG_MASKING_KEY}\nWAARBORG_GRANT_SIGNING_KEY=${keys.values.WAARBORG_GRANT_SIGNING_KEY}\nWAARBORG_TENANT_CALLBACK_KEY=${keys.values.WAARBORG_TENANT_CALLBACK_KEY}\n`,
    );
  });

  it("reads the same keys back on the next start and generates nothing", () => {
    const first = demoKeys(dir, {});
    const second = demoKeys(dir, {});
    expect(second.generated).toEqual([]);
    expect(second.values).toEqual(first.values);
  });

  it("lets the environment win and generates only what it lacks", () => {
    const env = { WAARBORG_DATA_KEY: Buffer.alloc(32, 7).toString("base64") };
    const keys = demoKeys(dir, env);
    expect(keys.generated).toEqual([
      "WAARBORG_MASKING_KEY",
      "WAARBORG_GRANT_SIGNING_KEY",
      "WAARBORG_TENANT_CALLBACK_KEY",
    ]);
    expect(keys.values.WAARBORG_DATA_KEY).toBe(env.WAARBORG_DATA_KEY);
    expect(readFileSync(keys.file, "utf8")).not.toContain("WAARBORG_DATA_KEY");
    expect(demoKeys(dir, { WAARBORG_MASKING_KEY: "from-the-environment-1234" }).values.WAARBORG_MASKING_KEY).toBe(
      "from-the-environment-1234",
    );
  });

  it("adds a key a newer version needs to the file an older start left, keeping the keys it holds", () => {
    const older = demoKeys(dir, {}).values;
    writeFileSync(
      join(dir, "keys.env"),
      `WAARBORG_DATA_KEY=${older.WAARBORG_DATA_KEY}\nWAARBORG_MASKING_KEY=${older.WAARBORG_MASKING_KEY}\nWAARBORG_GRANT_SIGNING_KEY=${older.WAARBORG_GRANT_SIGNING_KEY}\n`,
    );
    const keys = demoKeys(dir, {});
    expect(keys.generated).toEqual(["WAARBORG_TENANT_CALLBACK_KEY"]);
    expect(keys.values.WAARBORG_DATA_KEY).toBe(older.WAARBORG_DATA_KEY);
    expect(keys.values.WAARBORG_GRANT_SIGNING_KEY).toBe(older.WAARBORG_GRANT_SIGNING_KEY);
    expect(demoKeys(dir, {}).values).toEqual(keys.values);
  });

  it("generates different keys for different installations", () => {
    const other = mkdtempSync(join(tmpdir(), "waarborg-keys-"));
    try {
      expect(demoKeys(other, {}).values.WAARBORG_DATA_KEY).not.toBe(demoKeys(dir, {}).values.WAARBORG_DATA_KEY);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe("the demo's keys as another command finds them", () => {
  it("adds the stored keys the environment lacks, and lets the environment win", () => {
    const stored = demoKeys(dir, {}).values;
    const own = Buffer.alloc(32, 9).toString("base64");
    expect(withStoredKeys(dir, { WAARBORG_DATA_KEY: own, OTHER: "x" })).toEqual({
      WAARBORG_DATA_KEY: own,
      WAARBORG_MASKING_KEY: stored.WAARBORG_MASKING_KEY,
      WAARBORG_GRANT_SIGNING_KEY: stored.WAARBORG_GRANT_SIGNING_KEY,
      WAARBORG_TENANT_CALLBACK_KEY: stored.WAARBORG_TENANT_CALLBACK_KEY,
      OTHER: "x",
    });
  });

  it("generates nothing when there is no keys file", () => {
    expect(withStoredKeys(dir, { OTHER: "x" })).toEqual({ OTHER: "x" });
    expect(existsSync(join(dir, "keys.env"))).toBe(false);
  });
});
