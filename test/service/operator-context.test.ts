import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { ConfigError } from "../../src/service/config.js";
import { openOperatorContext } from "../../src/service/operator.js";
import { pendingMigrations } from "../../src/store/migrate.js";
import { available, createTestDatabase, type TestDatabase } from "../helpers/databases.js";

const REGISTER = "examples/demo/privacy.yaml";

describe("the context of a request run from the command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-operator-"));
  let register: Register;
  beforeAll(async () => {
    register = (await loadRegister(REGISTER)).register!;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("opens and migrates the store, with the data key from the environment", async () => {
    const key = randomBytes(32);
    const storeUrl = `sqlite:${join(dir, "store.db")}`;
    const { ctx, close } = await openOperatorContext({
      storeUrl,
      register,
      registerPath: REGISTER,
      env: { WAARBORG_DATA_KEY: key.toString("base64"), WAARBORG_PUBLIC_URL: "https://privacy.example.nl" },
    });
    try {
      expect(await pendingMigrations(ctx.store)).toEqual([]);
      expect(ctx.keys.data.equals(key)).toBe(true);
      expect(ctx.register).toBe(register);
      expect(ctx.publicUrl).toBe("https://privacy.example.nl");
      expect(ctx.queue.runner).toBe("store");
    } finally {
      await close();
    }
  });

  it("refuses a missing data key before it creates a store", async () => {
    const storeUrl = `sqlite:${join(dir, "never", "store.db")}`;
    const opening = openOperatorContext({ storeUrl, register, registerPath: REGISTER, env: {} });
    await expect(opening).rejects.toBeInstanceOf(ConfigError);
    await expect(opening).rejects.toThrow("WAARBORG_DATA_KEY is not set");
    expect(existsSync(join(dir, "never"))).toBe(false);
  });
});

describe.runIf(await available("postgres"))("the context of a command-line request on PostgreSQL", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("postgres");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("sends on pg-boss, the queue a worker on that store takes from, and closes cleanly", async () => {
    const register = (await loadRegister(REGISTER)).register!;
    const { ctx, close } = await openOperatorContext({
      storeUrl: database.url,
      register,
      registerPath: REGISTER,
      env: { DATABASE_URL: database.url, WAARBORG_DATA_KEY: randomBytes(32).toString("base64") },
    });
    try {
      expect(ctx.queue.runner).toBe("pg-boss");
      await ctx.queue.send("recipient.notify", { requestId: "r-1", recipient: "crm" }, { singletonKey: "r-1:crm" });
      expect(await ctx.queue.hasUnfinished("recipient.notify", "r-1:crm")).toBe(true);
    } finally {
      await close();
    }
  });
});
