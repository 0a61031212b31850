import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { runCli } from "../helpers/cli.js";
import { createFixtureSchema, FIXTURE_REGISTER } from "./fixture.js";

const dir = mkdtempSync(join(tmpdir(), "waarborg-cli-"));
const registerFile = join(dir, "privacy.yaml");
const url = `sqlite:${join(dir, "app.db")}`;
let connector: Connector;

beforeAll(async () => {
  writeFileSync(registerFile, FIXTURE_REGISTER);
  connector = await openConnector(url);
  await createFixtureSchema(connector.db);
  await connector.db.insertInto("orgs").values({ id: 1, name: "Org" }).execute();
  await connector.db
    .insertInto("users")
    .values([
      { id: 1, org_id: 1, email: "ann@example.nl", name: "Ann", phone: "+31611111111" },
      { id: 2, org_id: 1, email: "ben@example.nl", name: "Ben", phone: null },
    ])
    .execute();
  await connector.db
    .insertInto("tickets")
    .values({ id: 1, user_id: 1, subject: "Login", body: "cannot log in" })
    .execute();
  await connector.db
    .insertInto("invoices")
    .values({ id: 1, user_id: 1, billing_name: "Ann", issued_at: "2025-01-01" })
    .execute();
  process.env.FIXTURE_DATABASE_URL = url;
  process.env.WAARBORG_MASKING_KEY = "cli-test-key-0123456789";
});

afterAll(async () => {
  await connector.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("request commands", () => {
  it("plan shows the order, the SQL with placeholders and the effects, without connecting", async () => {
    const { code, stdout } = await runCli([
      "plan",
      "--register",
      registerFile,
      "--identity",
      "email=ann@example.nl",
      "--type",
      "erasure",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('select * from "users" where "email" in (?)');
    expect(stdout).toMatch(/invoices[\s\S]*kept under legal_obligation \(AWR art\. 52\(4\)\)/);
    expect(stdout.indexOf("messages")).toBeLessThan(stdout.indexOf("tickets ("));
    expect(stdout).not.toContain("ann@example.nl");
  });

  it("plan --count counts rows per collection", async () => {
    const { stdout } = await runCli([
      "plan",
      "--register",
      registerFile,
      "--identity",
      "email=ann@example.nl",
      "--count",
      "--json",
    ]);
    const plan = JSON.parse(stdout);
    const rows = Object.fromEntries(
      plan.steps.map((s: { collection: string; rows: number }) => [s.collection, s.rows]),
    );
    expect(rows).toEqual({ users: 1, tickets: 1, invoices: 1, newsletter: 0, messages: 0, logins: 0 });
  });

  it("rejects an unknown identity type without echoing the value", async () => {
    const { code, stderr } = await runCli(["plan", "--register", registerFile, "--identity", "bsn=111222333"]);
    expect(code).toBe(1);
    expect(stderr).toContain('unknown identity type "bsn"');
    expect(stderr).not.toContain("111222333");
  });

  it("access writes data.json, CSVs, index.html and index.pdf with the person's rows only", async () => {
    const out = join(dir, "package");
    const { code, stdout } = await runCli([
      "access",
      "--register",
      registerFile,
      "--identity",
      "email=ann@example.nl",
      "-o",
      out,
      "--lang",
      "en",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("data.json");
    const data = JSON.parse(readFileSync(join(out, "data.json"), "utf8"));
    expect(data.collections.users.rows).toHaveLength(1);
    expect(data.collections.users.rows[0].email).toBe("ann@example.nl");
    expect(JSON.stringify(data)).not.toContain("ben@example.nl");
    expect(readFileSync(join(out, "users.csv"), "utf8")).toContain("ann@example.nl");
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain('lang="en"');
    expect(html).toContain("Your data at Test B.V.");
    expect(readFileSync(join(out, "index.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("rectify validates against the field's category and never echoes the value", async () => {
    const bad = await runCli([
      "rectify",
      "--register",
      registerFile,
      "--identity",
      "email=ann@example.nl",
      "--set",
      "users.phone=not-a-phone",
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("not a phone number");
    expect(bad.stderr).not.toContain("not-a-phone");
    const good = await runCli([
      "rectify",
      "--register",
      registerFile,
      "--identity",
      "email=ann@example.nl",
      "--set",
      "users.name=Ann de Vries",
    ]);
    expect(good.code).toBe(0);
    const row = await connector.db.selectFrom("users").select("name").where("id", "=", 1).executeTakeFirst();
    expect(row?.name).toBe("Ann de Vries");
  });

  it("restrict marks and lifts", async () => {
    const marked = await runCli(["restrict", "--register", registerFile, "--identity", "email=ann@example.nl"]);
    expect(marked.stdout).toContain("users: 1 row(s) restricted (restricted_at)");
    expect(marked.stdout).toContain("tickets: no restriction marker declared");
    const lifted = await runCli([
      "restrict",
      "--register",
      registerFile,
      "--identity",
      "email=ann@example.nl",
      "--lift",
    ]);
    expect(lifted.stdout).toContain("users: 1 row(s) lifted");
    const row = await connector.db.selectFrom("users").select("restricted_at").where("id", "=", 1).executeTakeFirst();
    expect(row?.restricted_at).toBeNull();
  });

  it("erase --dry-run changes nothing; erase masks and reports the kept invoice", async () => {
    const dry = await runCli(["erase", "--register", registerFile, "--identity", "email=ann@example.nl", "--dry-run"]);
    expect(dry.stdout).toContain("Dry run");
    expect((await connector.db.selectFrom("users").select("email").where("id", "=", 1).executeTakeFirst())?.email).toBe(
      "ann@example.nl",
    );
    const done = await runCli(["erase", "--register", registerFile, "--identity", "email=ann@example.nl"]);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/invoices: 1 found, 0 masked, 1 kept/);
    expect(done.stdout).toContain("AWR art. 52(4)");
    const email = (await connector.db.selectFrom("users").select("email").where("id", "=", 1).executeTakeFirst())
      ?.email;
    expect(email).not.toBe("ann@example.nl");
    expect(existsSync(join(dir, "app.db"))).toBe(true);
  });

  it("names the missing environment variable, not a URL", async () => {
    const saved = process.env.FIXTURE_DATABASE_URL;
    delete process.env.FIXTURE_DATABASE_URL;
    try {
      const { code, stderr } = await runCli([
        "erase",
        "--register",
        registerFile,
        "--identity",
        "email=ann@example.nl",
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain("FIXTURE_DATABASE_URL is not set");
    } finally {
      process.env.FIXTURE_DATABASE_URL = saved;
    }
  });
});
