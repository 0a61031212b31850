import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { runCli } from "../helpers/cli.js";
import { createTenantSchema, seedTenants, TENANT_REGISTER } from "./tenant-fixture.js";

const CLOSURE_RULE = `  account_closure: { period: 1 month, after: account_deleted, erasure_request: true, action: delete }
`;

describe("waarborg account close", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-account-cli-"));
  const register = join(dir, "privacy.yaml");
  const storeUrl = `sqlite:${join(dir, "store.db")}`;
  let connector: Connector;
  const saved = { ...process.env };

  beforeAll(async () => {
    writeFileSync(register, TENANT_REGISTER.replace("retention:\n", `retention:\n${CLOSURE_RULE}`));
    process.env.RETENTION_DATABASE_URL = `sqlite:${join(dir, "app.db")}`;
    process.env.WAARBORG_MASKING_KEY = "account-cli-key-0123456789";
    process.env.WAARBORG_DATA_KEY = randomBytes(32).toString("base64");
    delete process.env.DATABASE_URL;
    delete process.env.WAARBORG_SMTP_URL;
    connector = await openConnector(process.env.RETENTION_DATABASE_URL);
    await createTenantSchema(connector.db, "sqlite");
    await seedTenants(connector.db, "sqlite");
  });
  afterAll(async () => {
    await connector?.close();
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("opens and carries out the person's erasure request, and says which rule made it one", async () => {
    const args = ["account", "close", "--register", register, "--store", storeUrl, "--by", "app"];
    const closed = await runCli([...args, "--identity", "email=two@example.nl"]);
    expect(closed.stderr).toBe("");
    expect(closed.code).toBe(0);
    expect(closed.stdout).toContain("Counts as the erasure request under retention rule account_closure.");
    const left = await connector.db.selectFrom("tenant_invoices").select("billing_email").execute();
    expect(left.map((r) => r.billing_email)).not.toContain("two@example.nl");
    expect((await runCli(["audit", "verify", "--store", storeUrl])).code).toBe(0);

    const without = await runCli(args);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain("give the person with --identity type=value");
  });
});
