import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { available, createTestDatabase } from "../helpers/databases.js";

const postgres = await available("postgres");

describe("waarborg migrate", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-migrate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("applies the migrations to a SQLite store, then reports it up to date", async () => {
    const store = `sqlite:${join(dir, "w.db")}`;
    const first = await runCli(["migrate", "--store", store]);
    expect(first).toMatchObject({
      code: 0,
      stdout:
        "applied 0001_initial\napplied 0002_opendsr_links\napplied 0003_consent_records\napplied 0004_subscriptions\napplied 0005_limit_counters\napplied 0006_retention\napplied 0007_tenant_deletions\napplied 0008_access_grants\napplied 0009_breaches\napplied 0010_processor_reminders\napplied 0011_tasks\napplied 0012_token_tenants\napplied 0013_tenants\napplied 0014_tenant_callbacks\n",
    });
    const second = await runCli(["migrate", "--store", store]);
    expect(second).toMatchObject({ code: 0, stdout: "the sqlite store is up to date\n" });
  });

  it("refuses a PostgreSQL URL given as --store, with a usage error", async () => {
    const result = await runCli(["migrate", "--store", "postgres://u:secret@localhost/x"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/through the environment/);
    expect(result.stderr).not.toMatch(/secret/);
  });

  it.runIf(postgres)("migrates the PostgreSQL store named by --database-url-env", async () => {
    const database = await createTestDatabase("postgres");
    process.env.WAARBORG_MIGRATE_TEST_URL = database.url;
    try {
      const result = await runCli(["migrate", "--database-url-env", "WAARBORG_MIGRATE_TEST_URL"]);
      expect(result).toMatchObject({
        code: 0,
        stdout:
          "applied 0001_initial\napplied 0002_opendsr_links\napplied 0003_consent_records\napplied 0004_subscriptions\napplied 0005_limit_counters\napplied 0006_retention\napplied 0007_tenant_deletions\napplied 0008_access_grants\napplied 0009_breaches\napplied 0010_processor_reminders\napplied 0011_tasks\napplied 0012_token_tenants\napplied 0013_tenants\napplied 0014_tenant_callbacks\n",
      });
      expect(result.stdout + result.stderr).not.toContain(database.url);
    } finally {
      delete process.env.WAARBORG_MIGRATE_TEST_URL;
      await database.drop();
    }
  });
});
