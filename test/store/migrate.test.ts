import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest, pendingMigrations } from "../../src/store/migrate.js";
import { storeMigrations } from "../../src/store/migrations/index.js";
import { openStore, type Store } from "../../src/store/open.js";
import { isoAfter, isoTimestamp } from "../../src/store/time.js";
import { available, createTestDatabase, type TestDatabase } from "../helpers/databases.js";

const DIALECTS = ["sqlite", "postgres"] as const;

function newRequest(id: string, tokenHash: string) {
  const now = isoTimestamp();
  return {
    id,
    type: "access" as const,
    status: "received" as const,
    lang: "nl" as const,
    identities_hash: "a".repeat(64),
    identities_encrypted: "v1:ciphertext",
    received_at: now,
    due_at: "2025-04-07",
    extended_until: null,
    extension_reason: null,
    paused_since: null,
    status_token_hash: tokenHash,
    denial_reason: null,
    created_at: now,
    updated_at: now,
  };
}

function newJob(id: string, state: "queued" | "completed", singletonKey: string | null) {
  const now = isoTimestamp();
  return {
    id,
    queue: "q",
    payload: "{}",
    state,
    max_attempts: 3,
    run_after: now,
    locked_by: null,
    locked_until: null,
    singleton_key: singletonKey,
    last_error: null,
    created_at: now,
    finished_at: null,
  };
}

for (const dialect of DIALECTS) {
  describe.runIf(await available(dialect))(`service store on ${dialect}`, () => {
    let database: TestDatabase;
    let store: Store;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      store = await openStore({ url: database.url });
    });
    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    it("applies the migration set to a fresh database, then has nothing left to apply", async () => {
      expect(await pendingMigrations(store)).toEqual([
        "0001_initial",
        "0002_opendsr_links",
        "0003_consent_records",
        "0004_subscriptions",
        "0005_limit_counters",
        "0006_retention",
        "0007_tenant_deletions",
        "0008_access_grants",
        "0009_breaches",
        "0010_processor_reminders",
        "0011_tasks",
        "0012_token_tenants",
        "0013_tenants",
        "0014_tenant_callbacks",
      ]);
      expect(await migrateToLatest(store)).toEqual([
        "0001_initial",
        "0002_opendsr_links",
        "0003_consent_records",
        "0004_subscriptions",
        "0005_limit_counters",
        "0006_retention",
        "0007_tenant_deletions",
        "0008_access_grants",
        "0009_breaches",
        "0010_processor_reminders",
        "0011_tasks",
        "0012_token_tenants",
        "0013_tenants",
        "0014_tenant_callbacks",
      ]);
      expect(await migrateToLatest(store)).toEqual([]);
      expect(await pendingMigrations(store)).toEqual([]);
    });

    it("moves OpenDSR links kept in settings by the first release into their own table, and back", async () => {
      const old = await createTestDatabase(dialect);
      const upgraded = await openStore({ url: old.url });
      try {
        const migrator = new Migrator({ db: upgraded.db, provider: storeMigrations(upgraded.dialect) });
        expect((await migrator.migrateTo("0001_initial")).error).toBeUndefined();
        await upgraded.db.insertInto("requests").values(newRequest("r-old", "t-old")).execute();
        const link = {
          subjectRequestId: "caller-1",
          requestId: "r-old",
          callbackUrls: ["https://caller.example/hook"],
          submittedTime: "2026-01-01T00:00:00Z",
          receivedTime: "2026-01-01T00:00:01Z",
          notified: "pending",
        };
        await upgraded.db
          .insertInto("settings")
          .values([
            { key: "opendsr:caller-1", value: JSON.stringify(link) },
            { key: "opendsr.request:r-old", value: "caller-1" },
            { key: "opendsr:abandoned", value: "null" },
            { key: "unrelated", value: "kept" },
          ])
          .execute();
        expect(await migrateToLatest(upgraded)).toEqual([
          "0002_opendsr_links",
          "0003_consent_records",
          "0004_subscriptions",
          "0005_limit_counters",
          "0006_retention",
          "0007_tenant_deletions",
          "0008_access_grants",
          "0009_breaches",
          "0010_processor_reminders",
          "0011_tasks",
          "0012_token_tenants",
          "0013_tenants",
          "0014_tenant_callbacks",
        ]);
        expect(await upgraded.db.selectFrom("opendsr_links").selectAll().execute()).toEqual([
          {
            subject_request_id: "caller-1",
            request_id: "r-old",
            callback_urls: '["https://caller.example/hook"]',
            submitted_time: "2026-01-01T00:00:00Z",
            received_time: "2026-01-01T00:00:01Z",
            notified: "pending",
          },
        ]);
        expect(await upgraded.db.selectFrom("settings").select("key").execute()).toEqual([{ key: "unrelated" }]);
        expect((await migrator.migrateTo("0001_initial")).error).toBeUndefined();
        const back = await upgraded.db.selectFrom("settings").selectAll().orderBy("key").execute();
        expect(back.map((r) => r.key)).toEqual(["opendsr.request:r-old", "opendsr:caller-1", "unrelated"]);
        expect(JSON.parse(back[1]!.value)).toEqual(link);
      } finally {
        await upgraded.close();
        await old.drop();
      }
    });

    it("inserts and selects typed rows, with defaults and database-numbered event ids", async () => {
      await store.db.insertInto("requests").values(newRequest("r1", "t1")).execute();
      const first = await store.db
        .insertInto("request_events")
        .values({ request_id: "r1", at: isoTimestamp(), kind: "received", actor: "requester" })
        .returning("id")
        .executeTakeFirstOrThrow();
      const second = await store.db
        .insertInto("request_events")
        .values({ request_id: "r1", at: isoTimestamp(), kind: "code_sent", actor: "system", data: '{"n":1}' })
        .returning("id")
        .executeTakeFirstOrThrow();
      expect(second.id).toBeGreaterThan(first.id);

      const request = await store.db
        .selectFrom("requests")
        .selectAll()
        .where("id", "=", "r1")
        .executeTakeFirstOrThrow();
      expect(request.paused_days).toBe(0);
      expect(request.details).toBe("{}");
      expect(request.due_at).toBe("2025-04-07");
      const events = await store.db
        .selectFrom("request_events")
        .select(["kind", "data"])
        .where("request_id", "=", "r1")
        .orderBy("id")
        .execute();
      expect(events).toEqual([
        { kind: "received", data: "{}" },
        { kind: "code_sent", data: '{"n":1}' },
      ]);
    });

    it("orders ISO timestamps as time", async () => {
      const base = new Date("2025-01-31T23:59:59.999Z");
      const times = [isoAfter(1, base), isoAfter(-86_400_000, base), isoAfter(3_600_000, base)];
      for (const [i, at] of times.entries())
        await store.db
          .insertInto("settings")
          .values({ key: `order-${i}`, value: at })
          .execute();
      const rows = await store.db
        .selectFrom("settings")
        .select("value")
        .where("key", "like", "order-%")
        .orderBy("value")
        .execute();
      expect(rows.map((r) => r.value)).toEqual([...times].sort((a, b) => Date.parse(a) - Date.parse(b)));
    });

    it("round-trips a package's bytes and refuses a package with neither file nor content", async () => {
      const bytes = Buffer.from([0, 1, 2, 250, 255]);
      const pkg = {
        id: "p1",
        request_id: "r1",
        path: null,
        content: bytes,
        encrypted: 1,
        file_name: "package.zip",
        media_type: "application/zip",
        download_token_hash: "d1",
        expires_at: isoAfter(86_400_000),
        downloads_left: 3,
        created_at: isoTimestamp(),
      };
      await store.db.insertInto("packages").values(pkg).execute();
      const row = await store.db
        .selectFrom("packages")
        .select("content")
        .where("id", "=", "p1")
        .executeTakeFirstOrThrow();
      expect(Buffer.from(row.content as Buffer).equals(bytes)).toBe(true);
      await expect(
        store.db
          .insertInto("packages")
          .values({ ...pkg, id: "p2", content: null, download_token_hash: "d2" })
          .execute(),
      ).rejects.toThrow();
    });

    it("enforces foreign keys and unique token hashes", async () => {
      await expect(
        store.db
          .insertInto("request_events")
          .values({ request_id: "no-such-request", at: isoTimestamp(), kind: "x", actor: "system" })
          .execute(),
      ).rejects.toThrow();
      await expect(store.db.insertInto("requests").values(newRequest("r2", "t1")).execute()).rejects.toThrow();
    });

    it("allows one unfinished job per singleton key, and the key again once that job is done", async () => {
      await store.db
        .insertInto("jobs")
        .values(newJob("j1", "queued", "k"))
        .execute();
      await expect(
        store.db
          .insertInto("jobs")
          .values(newJob("j2", "queued", "k"))
          .execute(),
      ).rejects.toThrow();
      await store.db
        .insertInto("jobs")
        .values(newJob("j3", "queued", null))
        .execute();
      await store.db
        .insertInto("jobs")
        .values(newJob("j4", "queued", null))
        .execute();
      await store.db.updateTable("jobs").set({ state: "completed" }).where("id", "=", "j1").execute();
      await store.db
        .insertInto("jobs")
        .values(newJob("j2", "queued", "k"))
        .execute();
      const count = await store.db
        .selectFrom("jobs")
        .select((eb) => eb.fn.countAll<string | number>().as("n"))
        .where("singleton_key", "=", "k")
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(2);
    });
  });
}

describe("the SQLite store file", () => {
  it("is created with its folders, in WAL mode with foreign keys and a busy timeout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "waarborg-store-"));
    const store = await openStore({ url: `sqlite:${join(dir, "nested", "deeper", "store.db")}` });
    try {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
      const keys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
      const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(store.db);
      expect(mode.rows[0]?.journal_mode).toBe("wal");
      expect(keys.rows[0]?.foreign_keys).toBe(1);
      expect(busy.rows[0]?.timeout).toBeGreaterThan(0);
      expect(existsSync(join(dir, "nested", "deeper", "store.db"))).toBe(true);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
