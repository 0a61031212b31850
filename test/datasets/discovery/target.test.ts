import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connectionName, resolveTarget } from "../../../src/datasets/discovery/target.js";

const dir = mkdtempSync(join(tmpdir(), "waarborg-target-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function registerFile(connections: string): string {
  const file = join(dir, `r${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(
    file,
    `organization:\n  name: Voorbeeld B.V.\nstatement:\n  version: "1"\n  effective_date: "2026-01-01"\ndatasets:\n  connections:\n${connections}`,
  );
  return file;
}

describe("resolveTarget", () => {
  it("reads the URL from the variable named on the command line", async () => {
    const target = await resolveTarget({ urlEnv: "CRM_DATABASE_URL" }, { CRM_DATABASE_URL: "sqlite:/tmp/x.db" });
    expect(target).toEqual({ url: "sqlite:/tmp/x.db", name: "crm", urlEnv: "CRM_DATABASE_URL" });
  });

  it("reads the URL through the register's connection and keeps the register for drift", async () => {
    const file = registerFile("    app: { url_env: APP_DB, schema: sales }\n    crm: { url_env: CRM_DB }\n");
    const target = await resolveTarget({ registerFile: file, connection: "app" }, { APP_DB: "postgres://u@h/db" });
    expect(target).toMatchObject({ url: "postgres://u@h/db", name: "app", urlEnv: "APP_DB", schema: "sales" });
    expect(target.register?.organization.name).toBe("Voorbeeld B.V.");
  });

  it("takes the only connection when none is named, and asks when there are several", async () => {
    const one = registerFile("    app: { url_env: APP_DB }\n");
    expect((await resolveTarget({ registerFile: one }, { APP_DB: "sqlite:x" })).name).toBe("app");
    const two = registerFile("    app: { url_env: APP_DB }\n    crm: { url_env: CRM_DB }\n");
    await expect(resolveTarget({ registerFile: two }, {})).rejects.toThrow("--connection (one of: app, crm)");
  });

  it("suggests the nearest connection name", async () => {
    const file = registerFile("    app: { url_env: APP_DB }\n");
    await expect(resolveTarget({ registerFile: file, connection: "ap" }, {})).rejects.toThrow('did you mean "app"?');
  });

  it("refuses a URL whose dialect differs from the declared type", async () => {
    const file = registerFile("    app: { type: postgres, url_env: APP_DB }\n");
    await expect(resolveTarget({ registerFile: file }, { APP_DB: "mysql://u:geheim@h/db" })).rejects.toThrow(
      "declared as postgres, but APP_DB points at mysql",
    );
  });

  it("never repeats a URL, which may hold a password, in its errors", async () => {
    const secret = "postgres://admin:Geheim123@db.internal/app";
    await expect(resolveTarget({ urlEnv: secret }, {})).rejects.toThrow(/name of an environment variable/);
    await expect(resolveTarget({ urlEnv: secret }, {})).rejects.not.toThrow(/Geheim123/);
    const unsupported = resolveTarget({ urlEnv: "DB" }, { DB: "oracle://admin:Geheim123@h/x" });
    await expect(unsupported).rejects.toThrow(/unsupported database URL/);
    await expect(resolveTarget({ urlEnv: "DB" }, { DB: "oracle://admin:Geheim123@h/x" })).rejects.not.toThrow(
      /Geheim123/,
    );
  });

  it("says what is missing", async () => {
    await expect(resolveTarget({}, {})).rejects.toThrow("--url-env VAR");
    await expect(resolveTarget({ connection: "app" }, {})).rejects.toThrow("--connection needs --register");
    await expect(resolveTarget({ urlEnv: "NOPE" }, {})).rejects.toThrow("NOPE is not set");
    await expect(resolveTarget({ registerFile: join(dir, "missing.yaml") }, {})).rejects.toThrow("does not load");
  });
});

describe("connectionName", () => {
  it("derives a connection id from the variable's name", () => {
    expect(connectionName("APP_DATABASE_URL")).toBe("app");
    expect(connectionName("BILLING_DSN")).toBe("billing");
    expect(connectionName("DATABASE_URL")).toBe("main");
  });
});
