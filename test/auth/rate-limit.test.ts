import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  counterKey,
  delayAfter,
  pruneLimitCounters,
  releaseSlot,
  SIGN_IN_LIMITS,
  takeSlot,
  takeSlots,
} from "../../src/auth/index.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";

const T0 = new Date("2025-03-05T09:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("sign-in delays", () => {
  it("are free at first, then double up to the ceiling", () => {
    const policy = { free: 2, firstDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4, 5, 6, 100].map((n) => delayAfter(n, policy))).toEqual([0, 0, 1000, 2000, 4000, 5000, 5000]);
    expect(delayAfter(10_000, SIGN_IN_LIMITS.account)).toBe(SIGN_IN_LIMITS.account.maxDelayMs);
  });
});

// The store's dialects among the databases under test: MySQL is no store.
const dialects = dialectsUnderTest().filter((d): d is "postgres" | "sqlite" => d === "postgres" || d === "sqlite");

describe.each(dialects)("limit counters in the %s store", (dialect) => {
  let database: TestDatabase | undefined;
  let store: Store;
  beforeAll(async () => {
    if (!(await available(dialect))) return;
    database = await createTestDatabase(dialect);
    store = await openStore({ url: database.url, poolSize: 8 });
    await migrateToLatest(store);
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it("hands out exactly the limit's slots to concurrent takers, and keeps only a hash of the key", async (context) => {
    if (!database) return context.skip();
    const key = counterKey("test", "someone@example.org");
    const taken = await Promise.all(Array.from({ length: 20 }, () => takeSlot(store, key, 5, 60_000, T0)));
    expect(taken.filter(Boolean)).toHaveLength(5);
    const rows = await store.db.selectFrom("limit_counters").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain("someone");
    expect(rows.find((r) => r.key === key)?.count).toBe(5);
  });

  it("starts a new window once the old one is over, and takes back a released slot", async (context) => {
    if (!database) return context.skip();
    const key = counterKey("test", "window");
    expect(await takeSlot(store, key, 1, 1000, T0)).toBe(true);
    expect(await takeSlot(store, key, 1, 1000, at(999))).toBe(false);
    await releaseSlot(store, key);
    expect(await takeSlot(store, key, 1, 1000, at(999))).toBe(true);
    expect(await takeSlot(store, key, 1, 1000, at(1000))).toBe(true);
    expect(await takeSlot(store, key, 1, 1000, at(1500))).toBe(false);
  });

  it("takes slots of several keys, each against its own limit, in one statement", async (context) => {
    if (!database) return context.skip();
    const tight = { key: counterKey("test", "tight"), limit: 1 };
    const loose = { key: counterKey("test", "loose"), limit: 3 };
    expect(await takeSlots(store, [tight, loose], 60_000, T0)).toBe(true);
    // The tight key is used up: false, and inside a transaction that rolls back nothing is counted.
    await expect(
      store.db.transaction().execute(async (trx) => {
        if (!(await takeSlots({ db: trx }, [tight, loose], 60_000, T0))) throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    const counts = await store.db
      .selectFrom("limit_counters")
      .select(["key", "count"])
      .where("key", "in", [tight.key, loose.key])
      .execute();
    expect(Object.fromEntries(counts.map((r) => [r.key, Number(r.count)]))).toEqual({ [tight.key]: 1, [loose.key]: 1 });
    expect(await takeSlots(store, [loose], 60_000, T0)).toBe(true);
    expect(await takeSlots(store, [loose], 60_000, T0)).toBe(true);
    expect(await takeSlots(store, [loose], 60_000, T0)).toBe(false);
  });

  it("prunes counters nobody touched since a moment", async (context) => {
    if (!database) return context.skip();
    const key = counterKey("test", "old");
    await takeSlot(store, key, 1, 1000, at(-100_000));
    expect(await pruneLimitCounters(store, at(-50_000))).toBeGreaterThanOrEqual(1);
    expect(await store.db.selectFrom("limit_counters").select("key").where("key", "=", key).execute()).toEqual([]);
  });
});
