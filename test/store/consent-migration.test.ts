import { Migrator } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../src/store/migrate.js";
import { storeMigrations } from "../../src/store/migrations/index.js";
import { openStore, type Store } from "../../src/store/open.js";
import { available, createTestDatabase, type TestDatabase } from "../helpers/databases.js";

const DIALECTS = ["sqlite", "postgres"] as const;

async function oneRecord(store: Store): Promise<void> {
  await store.db
    .insertInto("consent_configs")
    .values({ hash: "c".repeat(64), version: 1, lang: "nl", config: "{}", created_at: "2026-01-01T00:00:00.000Z" })
    .execute();
  const { id } = await store.db
    .insertInto("consent_batches")
    .values({ at: "2026-01-01T00:00:00.000Z", records: 1, root: "r", segment: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  await store.db
    .insertInto("consent_records")
    .values({
      consent_id: "00000000-0000-4000-8000-000000000000",
      at: "2026-01-01T00:00:00.000Z",
      version: 1,
      config_hash: "c".repeat(64),
      choices: '{"analytics":true}',
      action: "accept_all",
      lang: "nl",
      origin: "",
      gpc: 0,
      parental: null,
      via: "banner",
      batch: Number(id),
      hash: "h",
    })
    .execute();
}

for (const dialect of DIALECTS) {
  describe.runIf(await available(dialect))(`consent records in the ${dialect} store`, () => {
    let database: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      store = await openStore({ url: database.url });
      await migrateToLatest(store);
    });
    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    it("refuses to change or remove a record: withdrawals are appended, never written over", async () => {
      await oneRecord(store);
      await expect(store.db.updateTable("consent_records").set({ choices: "{}" }).execute()).rejects.toThrow(
        /append-only/,
      );
      await expect(store.db.deleteFrom("consent_records").execute()).rejects.toThrow(/append-only/);
      const rows = await store.db.selectFrom("consent_records").select("choices").execute();
      expect(rows).toEqual([{ choices: '{"analytics":true}' }]);
    });

    it("takes the consent and subscription tables away on the way down, and brings them back", async () => {
      const migrator = new Migrator({ db: store.db, provider: storeMigrations(store.dialect) });
      expect((await migrator.migrateTo("0002_opendsr_links")).error).toBeUndefined();
      const tables = async () =>
        (await store.db.introspection.getTables())
          .map((t) => t.name)
          .filter((n) => /^(consent_|subscriptions|suppressions)/.test(n));
      expect(await tables()).toEqual([]);
      // Each migration comes down on its own too.
      expect((await migrator.migrateTo("0003_consent_records")).error).toBeUndefined();
      expect(await tables()).toHaveLength(5);
      expect((await migrator.migrateTo("0002_opendsr_links")).error).toBeUndefined();
      // Later migrations follow; the consent ones come back first, in order.
      expect((await migrateToLatest(store)).slice(0, 2)).toEqual(["0003_consent_records", "0004_subscriptions"]);
      expect((await tables()).sort()).toEqual([
        "consent_batches",
        "consent_configs",
        "consent_daily",
        "consent_records",
        "consent_segments",
        "subscriptions",
        "suppressions",
      ]);
      await oneRecord(store);
    });
  });
}
