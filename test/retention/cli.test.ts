import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { runCli } from "../helpers/cli.js";
import { at, createRetentionSchema, RETENTION_REGISTER } from "./fixture.js";

describe("waarborg retention", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-retention-cli-"));
  const register = join(dir, "privacy.yaml");
  const store = ["--store", `sqlite:${join(dir, "store.db")}`, "--register", register];
  let connector: Connector;
  const saved = { ...process.env };

  beforeAll(async () => {
    writeFileSync(register, RETENTION_REGISTER);
    process.env.RETENTION_DATABASE_URL = `sqlite:${join(dir, "app.db")}`;
    process.env.WAARBORG_MASKING_KEY = "retention-cli-key-0123456789";
    connector = await openConnector(process.env.RETENTION_DATABASE_URL);
    await createRetentionSchema(connector.db, "sqlite");
    // Every login is years old: whatever today is, they are past 90 days.
    await connector.db
      .insertInto("logins")
      .values(
        [1, 2, 3].map((id) => ({ id, account_id: 1, ip: `10.0.0.${id}`, at: at("sqlite", "2020-01-01T00:00:00Z") })),
      )
      .execute();
  });
  afterAll(async () => {
    await connector?.close();
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints what a dry run would remove, in Dutch or English, and removes nothing", async () => {
    const en = await runCli(["retention", "run", "--dry-run", ...store]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("login_events (90 days): dry run, nothing changed");
    expect(en.stdout).toContain("  logins: would delete 3 rows");
    const nl = await runCli(["retention", "run", "--dry-run", "--lang", "nl", ...store]);
    expect(nl.stdout).toContain("login_events (90 dagen): proefrun, niets gewijzigd");
    expect(nl.stdout).toContain("  logins: zou verwijderen 3 rijen");
    expect((await connector.db.selectFrom("logins").selectAll().execute()).length).toBe(3);
  });

  it("keeps a collection under a legal hold until it is lifted, then removes its rows with a progress bar", async () => {
    const placed = await runCli([
      "retention",
      "hold",
      "place",
      "--collection",
      "logins",
      "--reason",
      "incident 12",
      ...store,
    ]);
    expect(placed.code).toBe(0);
    const id = placed.stdout.trim();
    expect((await runCli(["retention", "hold", "list", ...store])).stdout).toContain(`${id}  collection  logins`);
    const held = await runCli(["retention", "run", "--rule", "login_events", ...store]);
    expect(held.stdout).toContain("logins: not swept: a legal hold covers the whole collection");
    expect(await runCli(["retention", "hold", "lift", id, "--reason", "closed", ...store])).toMatchObject({ code: 0 });

    const run = await runCli(["retention", "run", "--rule", "login_events", "--batch-size", "2", ...store]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  logins: deleted 3 rows");
    expect(run.stderr).toContain("login_events logins: 100% (3/3)");
    expect((await connector.db.selectFrom("logins").selectAll().execute()).length).toBe(0);
    expect((await runCli(["audit", "verify", "--store", store[1]!])).code).toBe(0);
  });

  it("exports the status per rule as evidence in JSON and CSV", async () => {
    const json = await runCli(["retention", "status", "--format", "json", ...store]);
    expect(json.code).toBe(0);
    const rules = (
      JSON.parse(json.stdout) as { rules: { rule: string; lastRun: { handled: number } | null; overdue: number }[] }
    ).rules;
    expect(rules.find((r) => r.rule === "login_events")).toMatchObject({ lastRun: { handled: 3 }, overdue: 0 });
    expect(rules.find((r) => r.rule === "contract_data")).toMatchObject({ lastRun: null, overdue: 0 });
    const csv = await runCli(["retention", "status", "--format", "csv", ...store]);
    // A byte-order mark first, so a spreadsheet opens the export as UTF-8.
    expect(csv.stdout).toMatch(/^\ufeffrule,period,action,last_run_id,/);
    const text = await runCli(["retention", "status", ...store]);
    expect(text.stdout).toMatch(/^Rule\s+Period\s+Last run/);
  });

  it("refuses a hold without exactly one target", async () => {
    const both = await runCli([
      "retention",
      "hold",
      "place",
      "--tenant",
      "1",
      "--collection",
      "logins",
      "--reason",
      "x",
      ...store,
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("give exactly one of --person, --tenant or --collection");
  });
});
