import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore } from "../../src/store/open.js";
import { runCli } from "../helpers/cli.js";
import { createRetentionSchema, RETENTION_REGISTER } from "./fixture.js";

describe("waarborg retention run on the service's own data", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-own-data-cli-"));
  const register = join(dir, "privacy.yaml");
  const storeUrl = `sqlite:${join(dir, "store.db")}`;
  const args = ["--store", storeUrl, "--register", register];
  let connector: Connector;
  const saved = { ...process.env };

  const outboxCount = async () => {
    const store = await openStore({ url: storeUrl });
    try {
      return (await store.db.selectFrom("outbox").select("id").execute()).length;
    } finally {
      await store.close();
    }
  };

  beforeAll(async () => {
    writeFileSync(register, RETENTION_REGISTER);
    process.env.RETENTION_DATABASE_URL = `sqlite:${join(dir, "app.db")}`;
    process.env.WAARBORG_MASKING_KEY = "own-data-cli-key-0123456789";
    connector = await openConnector(process.env.RETENTION_DATABASE_URL);
    await createRetentionSchema(connector.db, "sqlite");
    const store = await openStore({ url: storeUrl });
    await migrateToLatest(store);
    // Years old: past any period, whatever today is.
    await store.db
      .insertInto("outbox")
      .values({
        id: "old",
        to_address: "someone@example.nl",
        subject: "Your code",
        text: "code",
        html: null,
        lang: "en",
        created_at: "2020-01-01T00:00:00.000Z",
        sent_at: null,
        error: null,
      })
      .execute();
    await store.close();
  });
  afterAll(async () => {
    await connector?.close();
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("leaves own data alone when only some rules are asked for", async () => {
    const run = await runCli(["retention", "run", "--rule", "login_events", ...args]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("own data");
    expect(await outboxCount()).toBe(1);
  });

  it("prints per kind what a dry run would remove, with the default named as one, and removes nothing", async () => {
    const en = await runCli(["retention", "run", "--dry-run", ...args]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Waarborg's own data:");
    expect(en.stdout).toContain(
      "  delivered mail (90 days, default period: the register records none): would remove 1",
    );
    expect(en.stdout).toContain(
      "  unverified requests (30 days, default period: the register records none): would remove 0",
    );
    const nl = await runCli(["retention", "run", "--dry-run", "--lang", "nl", ...args]);
    expect(nl.stdout).toContain(
      "  bezorgde mail (90 dagen, standaardtermijn: het register noemt geen termijn): zou verwijderen 1",
    );
    expect(await outboxCount()).toBe(1);
  });

  it("removes what is due, and finds nothing the second time", async () => {
    const run = await runCli(["retention", "run", ...args]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  delivered mail (90 days, default period: the register records none): removed 1");
    expect(await outboxCount()).toBe(0);
    const again = await runCli(["retention", "run", ...args]);
    expect(again.stdout).toContain("  delivered mail (90 days, default period: the register records none): removed 0");
  });
});
