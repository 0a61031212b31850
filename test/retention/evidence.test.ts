import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { renderStatement } from "../../src/statement/index.js";
import { runCli } from "../helpers/cli.js";
import { at, createRetentionSchema, RETENTION_REGISTER, retentionRegister } from "./fixture.js";

/** The fixture with one activity that names the login rule, so the statement prints its words. */
const REGISTER = `${RETENTION_REGISTER}
subjects:
  customers: { name: { nl: klanten, en: customers }, kind: customer }
activities:
  signing_in:
    name: { nl: Inloggen, en: Signing in }
    purpose: { nl: u veilig laten inloggen, en: letting you sign in safely }
    legal_basis: contract
    subjects: [customers]
    data_categories: [online.ip_address]
    retention: login_events
`;

interface Evidence {
  generatedAt: string;
  audit: { intact: boolean; entries: number; head: { seq: number; hash: string } | null };
  rules: {
    rule: string;
    statement: { nl: string; en: string };
    runs: {
      id: string;
      status: string;
      handled: number;
      audit: { entries: number; batchRows: number; finished: boolean; firstSeq: number; lastSeq: number };
    }[];
  }[];
}

describe("waarborg retention report", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-retention-evidence-"));
  const register = join(dir, "privacy.yaml");
  const store = ["--store", `sqlite:${join(dir, "store.db")}`, "--register", register];
  let connector: Connector;
  const saved = { ...process.env };

  const logins = (ids: number[]) =>
    connector.db
      .insertInto("logins")
      .values(ids.map((id) => ({ id, account_id: 1, ip: `10.0.0.${id}`, at: at("sqlite", "2020-01-01T00:00:00Z") })))
      .execute();

  beforeAll(async () => {
    writeFileSync(register, REGISTER);
    process.env.RETENTION_DATABASE_URL = `sqlite:${join(dir, "app.db")}`;
    process.env.WAARBORG_MASKING_KEY = "retention-evidence-key-0123456789";
    connector = await openConnector(process.env.RETENTION_DATABASE_URL);
    await createRetentionSchema(connector.db, "sqlite");
    // Two runs of the login rule: five rows in batches of two, then two more rows.
    await logins([1, 2, 3, 4, 5]);
    expect((await runCli(["retention", "run", "--rule", "login_events", "--batch-size", "2", ...store])).code).toBe(0);
    await logins([6, 7]);
    expect((await runCli(["retention", "run", "--rule", "login_events", ...store])).code).toBe(0);
  });
  afterAll(async () => {
    await connector?.close();
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives per rule every run with its counts beside the audit entries that back them", async () => {
    const json = await runCli(["retention", "report", "--format", "json", ...store]);
    expect(json.code).toBe(0);
    const evidence = JSON.parse(json.stdout) as Evidence;
    const rule = evidence.rules.find((r) => r.rule === "login_events")!;
    expect(rule.runs.map((r) => [r.status, r.handled])).toEqual([
      ["completed", 5],
      ["completed", 2],
    ]);
    // Start, three batches, end; then start, one batch, end.
    expect(rule.runs.map((r) => r.audit)).toMatchObject([
      { entries: 5, batchRows: 5, finished: true },
      { entries: 3, batchRows: 2, finished: true },
    ]);
    expect(rule.runs[1]!.audit.firstSeq).toBeGreaterThan(rule.runs[0]!.audit.lastSeq);
    // Rules that never ran are in the evidence too, with no runs.
    expect(evidence.rules.find((r) => r.rule === "closed_tickets")?.runs).toEqual([]);
  });

  it("quotes each rule as the statement prints it, in Dutch and English", async () => {
    const evidence = JSON.parse((await runCli(["retention", "report", ...store])).stdout) as Evidence;
    const rule = evidence.rules.find((r) => r.rule === "login_events")!;
    const loaded = await retentionRegister(REGISTER);
    for (const lang of ["nl", "en"] as const) {
      expect(rule.statement[lang].length).toBeGreaterThan(20);
      const statement = String(await renderStatement(loaded, { lang, format: "html" }));
      expect(statement).toContain(rule.statement[lang]);
    }
    expect(rule.statement.nl).not.toBe(rule.statement.en);
  });

  it("names the audit log's head as `audit verify` reports it, so an auditor can match the two", async () => {
    const evidence = JSON.parse((await runCli(["retention", "report", ...store])).stdout) as Evidence;
    const verify = await runCli(["audit", "verify", "--store", store[1]!]);
    expect(evidence.audit.intact).toBe(true);
    expect(evidence.audit.head).not.toBeNull();
    expect(verify.stdout).toContain(`last entry ${evidence.audit.head!.seq}, hash ${evidence.audit.head!.hash}`);
  });

  it("writes the same evidence as CSV, one row per run", async () => {
    const out = join(dir, "evidence.csv");
    expect((await runCli(["retention", "report", "--format", "csv", "-o", out, ...store])).code).toBe(0);
    const csv = await runCli(["retention", "report", "--format", "csv", ...store]);
    const lines = csv.stdout.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^\ufeffrule,period,action,statement_nl,statement_en,run_id,/);
    const loginRows = lines.filter((l) => l.startsWith("login_events,"));
    expect(loginRows).toHaveLength(2);
    expect(loginRows[0]).toMatch(/,completed,.*,5,0,,5,\d+,\d+,5,true,true,\d+,[0-9a-f]{64},/);
  });

  it("refuses a format it does not write", async () => {
    const bad = await runCli(["retention", "report", "--format", "pdf", ...store]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--format");
  });
});
