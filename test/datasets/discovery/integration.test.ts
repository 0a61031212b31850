import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../../src/cli/main.js";
import type { Connector } from "../../../src/connectors/connector.js";
import { openConnector } from "../../../src/connectors/open.js";
import { type Discovery, discover } from "../../../src/datasets/discovery/discover.js";
import { introspect } from "../../../src/datasets/discovery/introspect.js";
import { loadRegister } from "../../../src/register/load.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../../helpers/databases.js";
import { createFixture, seededValues } from "./fixture.js";

const REGISTER = (urlEnv: string) => `organization:
  name: Voorbeeld B.V.
statement:
  version: "1"
  effective_date: "2026-01-01"
datasets:
  connections:
    app: { url_env: ${urlEnv} }
  collections:
    users:
      connection: app
      table: users
      fields:
        email: { category: contact.email, identity: email }
        first_name: { category: identity.name }
        shoe_size: { category: account.settings }
      references:
        - { field: organisation_id, to: organisations.id }
    contacts:
      connection: app
      table: contacts
      fields:
        telefoon: { category: contact.phone }
    organisations:
      connection: app
      table: organisations
      fields:
        name: { category: business.company }
        vat_number: { category: business.vat_id }
    archived_orders:
      connection: app
      table: archived_orders
`;

/** Runs the CLI in-process and collects what it writes to stdout and stderr. */
async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
  try {
    const code = await main(["node", "waarborg", ...args]);
    return { code, stdout: stdout.join(""), stderr: stderr.join("") };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function column(discovery: Discovery, table: string, name: string) {
  const found = discovery.tables.find((t) => t.name === table)?.columns.find((c) => c.name === name);
  if (!found) throw new Error(`${table}.${name} not discovered`);
  return found;
}

for (const dialect of dialectsUnderTest()) {
  describe(`discover on ${dialect}`, async () => {
    const run = await available(dialect);
    const urlEnv = `WB_DISCOVERY_TEST_${dialect.toUpperCase()}_URL`;
    const dir = mkdtempSync(join(tmpdir(), "waarborg-discover-"));
    const registerFile = join(dir, "privacy.yaml");
    let database: TestDatabase;
    let connector: Connector;
    let discovery: Discovery;

    beforeAll(async () => {
      if (!run) return;
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      await createFixture(connector.db);
      discovery = await discover(connector);
      process.env[urlEnv] = database.url;
      writeFileSync(registerFile, REGISTER(urlEnv));
    });
    afterAll(async () => {
      delete process.env[urlEnv];
      await connector?.close();
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it.runIf(run)("reads tables, primary keys and foreign keys", async () => {
      const shape = await introspect(connector);
      expect(shape.tables.map((t) => t.name)).toEqual([
        "contacts",
        "login_events",
        "organisations",
        "products",
        "users",
      ]);
      const users = shape.tables.find((t) => t.name === "users");
      expect(users?.primaryKey).toEqual(["id"]);
      expect(users?.foreignKeys).toEqual([
        { columns: ["organisation_id"], parentTable: "organisations", parentColumns: ["id"] },
      ]);
      expect(users?.columns.map((c) => c.name)).toEqual([
        "id",
        "organisation_id",
        "email",
        "first_name",
        "phone",
        "date_of_birth",
        "notes",
        "is_admin",
      ]);
      expect(users?.columns.find((c) => c.name === "first_name")?.nullable).toBe(false);
      expect(users?.columns.find((c) => c.name === "phone")?.nullable).toBe(true);
    });

    it.runIf(run)("guesses categories from names and content", () => {
      expect(column(discovery, "users", "notes").guess).toMatchObject({ category: "financial.iban", byContent: true });
      expect(column(discovery, "users", "email").guess).toMatchObject({ category: "contact.email", confidence: "low" });
      expect(column(discovery, "users", "phone").guess).toMatchObject({
        category: "contact.phone",
        confidence: "high",
      });
      expect(column(discovery, "users", "date_of_birth").guess).toMatchObject({
        category: "identity.date_of_birth",
        confidence: "high",
      });
      expect(column(discovery, "users", "first_name").guess.category).toBe("identity.name");
      expect(column(discovery, "contacts", "telefoon").guess).toMatchObject({
        category: "contact.email",
        identity: "email",
      });
      expect(column(discovery, "login_events", "ip_address").guess.category).toBe("online.ip_address");
      expect(column(discovery, "organisations", "vat_number").guess).toMatchObject({
        category: "business.vat_id",
        confidence: "high",
      });
      expect(discovery.tables.find((t) => t.name === "products")?.personal).toBe(false);
      expect(column(discovery, "users", "notes").sampled).toBe(12);
    });

    it.runIf(run)("reports drift, proposes datasets, and never shows a sampled value", async () => {
      const proposalFile = join(dir, "proposed.yaml");
      const text = await runCli(["discover", "--register", registerFile, "--connection", "app", "-o", proposalFile]);
      const json = await runCli(["discover", "--register", registerFile, "--json", "--sample", "50"]);
      expect(text.code).toBe(1);
      expect(json.code).toBe(1);

      const report = JSON.parse(json.stdout);
      expect(
        report.drift.map((d: { kind: string; table: string; column?: string }) => [d.kind, d.table, d.column]),
      ).toEqual([
        ["missing-table", "archived_orders", undefined],
        ["category-mismatch", "contacts", "telefoon"],
        ["undeclared-table", "login_events", undefined],
        ["undeclared-column", "users", "date_of_birth"],
        ["undeclared-column", "users", "notes"],
        ["undeclared-column", "users", "phone"],
        ["missing-column", "users", "shoe_size"],
      ]);
      expect(report.proposal.datasets.collections.login_events.references).toEqual([
        { field: "user_id", to: "users.id", direction: "from_parent" },
      ]);
      expect(report.proposal.datasets.collections.users.references).toEqual([
        { field: "organisation_id", to: "organisations.id", direction: "from_parent" },
      ]);

      expect(text.stdout).toContain("category-mismatch");
      expect(text.stdout).toContain("content 100% valid IBAN (12 sampled)");
      expect(text.stdout).toContain(`Proposed datasets written to ${proposalFile}`);
      // A plain line in a pipe, a redrawn bar on a terminal: both end at 5/5.
      expect(text.stderr).toMatch(/sampling tables.*\b5\/5\b/);
      const yaml = readFileSync(proposalFile, "utf8");
      expect(yaml).toBe(report.proposal.yaml);

      const everything = [text.stdout, text.stderr, json.stdout, json.stderr, yaml].join("\n");
      for (const value of seededValues()) expect(everything, "a sampled value reached the output").not.toContain(value);
    });

    it.runIf(run)("writes a proposal that loads as part of a register", async () => {
      const { stdout } = await runCli(["discover", "--url-env", urlEnv, "--json"]);
      const proposal = JSON.parse(stdout).proposal;
      expect(Object.keys(proposal.datasets.collections)).toEqual([
        "contacts",
        "login_events",
        "organisations",
        "users",
      ]);
      const file = join(dir, "combined.yaml");
      writeFileSync(file, `${REGISTER(urlEnv).split("datasets:")[0]}${proposal.yaml}`);
      const loaded = await loadRegister(file);
      expect(loaded.diagnostics).toEqual([]);
      expect(loaded.register?.datasets?.connections).toEqual({
        [`wb_discovery_test_${dialect}`]: { type: dialect, url_env: urlEnv },
      });
    });

    it.runIf(run)("gives byte-identical JSON on a second run", async () => {
      const first = await runCli(["discover", "--url-env", urlEnv, "--json"]);
      const second = await runCli(["discover", "--url-env", urlEnv, "--json"]);
      expect(second.stdout).toBe(first.stdout);
    });

    if (dialect === "sqlite") {
      it.runIf(run)("resolves a foreign key written without columns to the parent's primary key", async () => {
        await sql`create table user_notes (id integer primary key, author integer references users)`.execute(
          connector.db,
        );
        const shape = await introspect(connector);
        expect(shape.tables.find((t) => t.name === "user_notes")?.foreignKeys).toEqual([
          { columns: ["author"], parentTable: "users", parentColumns: ["id"] },
        ]);
        await sql`drop table user_notes`.execute(connector.db);
      });
    }

    if (dialect === "postgres") {
      it.runIf(run)("reads only the schema asked for, with constraint names repeated across tables", async () => {
        await sql`create schema crm`.execute(connector.db);
        await sql`create table crm.people (id int primary key, mail varchar(100))`.execute(connector.db);
        await sql`create table crm.calls (id int primary key, person int, constraint fk_person foreign key (person) references crm.people (id))`.execute(
          connector.db,
        );
        await sql`create table crm.visits (id int primary key, person int, constraint fk_person foreign key (person) references crm.people (id))`.execute(
          connector.db,
        );
        const shape = await introspect(connector, "crm");
        expect(shape.schema).toBe("crm");
        expect(shape.tables.map((t) => t.name)).toEqual(["calls", "people", "visits"]);
        for (const name of ["calls", "visits"]) {
          expect(shape.tables.find((t) => t.name === name)?.foreignKeys).toEqual([
            { columns: ["person"], parentTable: "people", parentColumns: ["id"] },
          ]);
        }
        await sql`drop schema crm cascade`.execute(connector.db);
      });
    }
  });
}
