import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { runCli } from "../helpers/cli.js";

/**
 * The company processes its customers' members (tenants a and b). Beside the database: a CRM that
 * keeps each tenant apart, the company's own newsletter tool (no tenant's end users), a support desk
 * told by webhook, a paper archive searched by hand, and the company's own mailing list.
 */
const YAML = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: WB_PLAN_TENANT_URL }
  collections:
    members:
      connection: app
      table: members
      tenant: tenant_id
      erasure: delete
      fields:
        email: { category: contact.email, identity: email }
        name: { category: identity.name }
  systems:
    crm:
      kind: http
      label: CRM
      base_url_env: WB_CRM_URL
      tenants: scoped
      access: { method: GET, path: "/tenants/{tenant}/people?email={identity.email}" }
      erasure: { method: DELETE, path: "/tenants/{tenant}/people?email={identity.email}" }
    newsletter:
      kind: http
      label: Newsletter
      base_url_env: WB_NEWS_URL
      tenants: none
      access: { method: GET, path: "/people/{identity.email}" }
      erasure: { method: DELETE, path: "/people/{identity.email}" }
    support:
      kind: webhook
      name: Support desk
      url_env: WB_SUPPORT_URL
      secret_env: WB_SUPPORT_SECRET
      requests: [access, erasure]
      tenants: scoped
    archive:
      kind: manual
      name: Paper archive
      owner: { name: Archivist, email: archief@example.nl, lang: en }
      requests: [access, erasure]
      instructions: { general: Look in the folders. }
      tenants: scoped
    mailing:
      kind: manual
      name: Own mailing list
      owner: { name: Marketing, email: marketing@example.nl, lang: en }
      requests: [erasure]
      instructions: { general: Strike the address. }
      tenants: none
`;

const dir = mkdtempSync(join(tmpdir(), "waarborg-plan-tenant-"));
const url = `sqlite:${join(dir, "app.db")}`;
const saved = { ...process.env };
let app: Connector;

/** Writes a register and runs `waarborg plan` on it for Jan's address. */
function plan(yaml: string, ...args: string[]) {
  const file = join(dir, `register-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, yaml);
  return runCli(["plan", "--register", file, "--identity", "email=jan@example.nl", ...args]);
}

beforeAll(async () => {
  app = await openConnector(url);
  await app.db.schema
    .createTable("members")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("tenant_id", "varchar(20)")
    .addColumn("email", "varchar(255)")
    .addColumn("name", "varchar(200)")
    .execute();
  await app.db
    .insertInto("members")
    .values([
      { id: 1, tenant_id: "a", email: "jan@example.nl", name: "Jan at A" },
      { id: 2, tenant_id: "b", email: "jan@example.nl", name: "Jan at B" },
    ])
    .execute();
  process.env.WB_PLAN_TENANT_URL = url;
});

afterAll(async () => {
  process.env = saved;
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("waarborg plan --tenant", () => {
  it("shows the walk narrowed to the tenant's rows, and the systems it reaches or leaves out", async () => {
    const { code, stdout } = await plan(YAML, "--type", "erasure", "--tenant", "a");
    expect(code).toBe(0);
    expect(stdout).toContain("Plan for an erasure request filed by tenant a, starting from: email");
    expect(stdout).toContain('select * from "members" where lower(trim("email")) in (?) and "tenant_id" = ?');
    expect(stdout).toContain(
      [
        "Systems reached over their API, after the databases:",
        "  crm",
        "      DELETE /tenants/{tenant}/people?email={identity.email}",
        "  newsletter: left out, it holds no data of the tenants' end users",
        "",
        "Systems that answer later, each given a task:",
        "  support: a task sent by webhook",
        "  archive: a task for Archivist",
        "  mailing: left out, it holds no data of the tenants' end users",
      ].join("\n"),
    );
    expect(stdout).not.toContain("jan@example.nl");
  });

  it("plans the company's own request without the tenant's narrowing, as before", async () => {
    const { code, stdout } = await plan(YAML, "--type", "erasure");
    expect(code).toBe(0);
    expect(stdout).toContain("Plan for an erasure request, starting from: email");
    expect(stdout).not.toContain('"tenant_id" = ?');
    expect(stdout).toContain("  crm: left out, it needs a tenant");
    expect(stdout).toContain("  mailing: a task for Marketing");
  });

  it("counts only the tenant's rows", async () => {
    const { code, stdout } = await plan(YAML, "--tenant", "a", "--count", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ type: "access", tenant: "a", tasks: [{ system: "support" }, { system: "archive" }] });
    expect(json.steps.map((s: { collection: string; rows: number }) => [s.collection, s.rows])).toEqual([
      ["members", 1],
    ]);
    const company = JSON.parse((await plan(YAML, "--count", "--json")).stdout);
    expect(company.steps[0].rows).toBe(2);
  });

  it("prints the refusal and exits 1 where no tenant column says whose rows are whose", async () => {
    const { code, stdout } = await plan(YAML.replace("      tenant: tenant_id\n", ""), "--tenant", "a");
    expect(code).toBe(1);
    expect(stdout).toBe(
      "Plan for an access request filed by tenant a, starting from: email\n\n" +
        "Refused: a tenant's request starts at members, which name no tenant column: give each tenant: <column>\n",
    );
  });

  it("refuses where a system the request reaches records nothing about the tenants, before the walk", async () => {
    const unrecorded = YAML.replace("      tenants: scoped\n    archive:", "    archive:");
    const { code, stdout } = await plan(unrecorded, "--type", "erasure", "--tenant", "a", "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      type: "erasure",
      tenant: "a",
      refused: expect.stringMatching(/^a tenant's request would reach the systems support, which record nothing/),
    });
    // The company's own request is not a tenant's: nothing refuses it.
    expect((await plan(unrecorded, "--type", "erasure")).code).toBe(0);
  });

  it("plans a tenant's objection as its systems alone", async () => {
    const { code, stdout } = await plan(YAML, "--type", "objection", "--tenant", "b");
    expect(code).toBe(0);
    expect(stdout).toContain("Plan for an objection request filed by tenant b, starting from: email");
    expect(stdout).toContain(
      "  crm: left out, it declares no objection request\n  newsletter: left out, it holds no data of the tenants' end users\n",
    );
  });
});
