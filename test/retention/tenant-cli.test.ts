import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { scheduleTenantDeletion } from "../../src/retention/index.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore } from "../../src/store/open.js";
import { runCli } from "../helpers/cli.js";
import { createTenantSchema, ids, seedTenants, TENANT_REGISTER, tenantRegister } from "./tenant-fixture.js";

describe("waarborg tenant", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-tenant-cli-"));
  const register = join(dir, "privacy.yaml");
  const storeUrl = `sqlite:${join(dir, "store.db")}`;
  const store = ["--store", storeUrl, "--register", register];
  let connector: Connector;
  const saved = { ...process.env };

  beforeAll(async () => {
    writeFileSync(register, TENANT_REGISTER);
    process.env.RETENTION_DATABASE_URL = `sqlite:${join(dir, "app.db")}`;
    connector = await openConnector(process.env.RETENTION_DATABASE_URL);
    await createTenantSchema(connector.db, "sqlite");
    await seedTenants(connector.db, "sqlite");
  });
  afterAll(async () => {
    await connector?.close();
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("schedules a deletion, shows it in Dutch or English, waits for the undo window, and undoes it", async () => {
    const scheduled = await runCli(["tenant", "delete", "1", "--by", "ticket 7", ...store]);
    expect(scheduled.code).toBe(0);
    expect(scheduled.stdout).toContain("Tenant 1: deletion scheduled (tenant_deletion,");
    expect(scheduled.stdout).toMatch(/ {2}undo until \d{4}-\d\d-\d\dT/);
    expect(scheduled.stdout).toContain("gone from backups by (expected)");
    expect(scheduled.stderr).toContain(
      "mentions points at a purged collection by a reference the purge does not follow down",
    );

    const nl = await runCli(["tenant", "status", "--lang", "nl", ...store]);
    expect(nl.stdout).toContain("Klantomgeving 1: verwijdering gepland");
    expect(nl.stdout).toContain("door ticket 7");

    const waiting = await runCli(["tenant", "run", "--tenant", "1", ...store]);
    expect(waiting.stdout).toContain("Tenant 1: waiting: the undo window is still open");
    expect(await ids(connector.db, "orgs")).toEqual([1, 2]);

    const twice = await runCli(["tenant", "delete", "1", ...store]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("tenant 1 already has a deletion under way");

    const undone = await runCli(["tenant", "undo", "1", "--by", "ticket 8", ...store]);
    expect(undone.code).toBe(0);
    expect(undone.stdout).toContain("Tenant 1: deletion undone");
    expect((await runCli(["tenant", "undo", "1", ...store])).stderr).toContain("tenant 1 has no deletion under way");
  });

  it("purges a tenant whose window has ended, with rows per collection and the backup date in the status", async () => {
    // Scheduled a month ago, so its undo window is over whatever today is.
    const opened = await openStore({ url: storeUrl });
    await migrateToLatest(opened);
    const monthAgo = new Date(Date.now() - 30 * 86_400_000);
    await scheduleTenantDeletion(
      { store: opened, register: await tenantRegister(), env: process.env, now: () => monthAgo },
      { tenant: "2", requestedBy: "ticket 9" },
    );
    await opened.close();

    const run = await runCli(["tenant", "run", "--batch-size", "2", ...store]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Tenant 2: partly purged: rows that stay still point at rows of this tenant");
    expect(run.stdout).toContain("  notes: 1 rows removed");
    expect(run.stdout).toContain("gone from backups by (expected)");
    // A mention, which the purge does not follow down, still points at its project: both stay, said so.
    expect(run.stdout).toContain(
      "  projects: 0 rows removed; 1 kept (restricted) because rows that stay point at them",
    );
    expect(await ids(connector.db, "orgs")).toEqual([1, 2]);
    expect(await ids(connector.db, "notes")).toEqual([1, 2, 4, 5]);

    const json = await runCli(["tenant", "status", "2", "--format", "json", ...store]);
    const [deletion] = (JSON.parse(json.stdout) as { deletions: { status: string; progress: object }[] }).deletions;
    expect(deletion).toMatchObject({
      status: "purging",
      progress: {
        orgs: { removed: 0, kept: 1 },
        projects: { removed: 0, kept: 1 },
        notes: { removed: 1 },
        comments: { removed: 1 },
        invoices: { removed: 1 },
      },
    });
    // Once the mention is gone, the next run finishes the purge, and the one after finds nothing due.
    await connector.db.deleteFrom("mentions").execute();
    const rerun = await runCli(["tenant", "run", ...store]);
    expect(rerun.stdout).toContain("Tenant 2: purged");
    expect(rerun.stdout).toMatch(/ {2}gone from backups by \d{4}-/);
    expect(await ids(connector.db, "orgs")).toEqual([1]);
    expect((await runCli(["tenant", "run", ...store])).stdout).toBe("No tenant deletion is due.\n");
    expect((await runCli(["audit", "verify", "--store", storeUrl])).code).toBe(0);
  });
});
