import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CALLBACK_KEY_ENV, tenantCallbackSecret } from "../../src/tenants/index.js";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "waarborg-tenant-directory-cli-"));
const store = ["--store", `sqlite:${join(dir, "w.db")}`];
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("waarborg tenant set and list", () => {
  it("records a tenant, changes one field, and lists the directory as text and JSON", async () => {
    expect((await runCli(["migrate", ...store])).code).toBe(0);
    const set = await runCli(["tenant", "set", "b", "--name", "Bakkerij B", "--email", "privacy@b.example", ...store]);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/^b\tBakkerij B\tprivacy@b\.example\t-\t-\t\d{4}-/);
    await runCli(["tenant", "set", "a", "--name", "Atelier A", "--url", "https://a.example/privacy", ...store]);
    const changed = await runCli(["tenant", "set", "b", "--url", "https://b.example/privacy", ...store]);
    expect(changed.stdout).toContain("b\tBakkerij B\tprivacy@b.example\thttps://b.example/privacy\t");
    const list = await runCli(["tenant", "list", ...store]);
    expect(list.stdout.split("\n").map((l) => l.split("\t")[0])).toEqual(["a", "b", ""]);
    const json = await runCli(["tenant", "list", "--format", "json", ...store]);
    expect(JSON.parse(json.stdout).tenants).toMatchObject([
      { key: "a", name: "Atelier A", email: null, url: "https://a.example/privacy" },
      { key: "b", name: "Bakkerij B", email: "privacy@b.example" },
    ]);
  });

  it("refuses bad input with exit 2, naming the option and never the value", async () => {
    const refused = await runCli(["tenant", "set", "c", "--name", "C", "--email", "secret-not-an-address", ...store]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--email:");
    expect(refused.stderr).not.toContain("secret-not-an-address");
    const nameless = await runCli(["tenant", "set", "c", "--url", "https://c.example", ...store]);
    expect(nameless.code).toBe(2);
    expect(nameless.stderr).toContain("--name: a new tenant needs a name");
    expect((await runCli(["tenant", "list", ...store])).stdout).not.toContain("c\t");
  });

  it("records and stops a callback URL, refusing plain http beyond this machine", async () => {
    await runCli(["tenant", "set", "d", "--name", "D", "--email", "privacy@d.example", ...store]);
    const set = await runCli(["tenant", "set", "d", "--callback-url", "https://d.example/hooks", ...store]);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain("d\tD\tprivacy@d.example\t-\thttps://d.example/hooks\t");
    const plain = await runCli(["tenant", "set", "d", "--callback-url", "http://d.example/hooks", ...store]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain("--callback-url: the callback URL is a web address starting with https://");
    expect(plain.stderr).not.toContain("d.example/hooks");
    expect((await runCli(["tenant", "set", "d", "--callback-url", "http://127.0.0.1:8080/", ...store])).code).toBe(0);
    const stopped = await runCli(["tenant", "set", "d", "--callback-url", "", ...store]);
    expect(stopped.stdout).toContain("d\tD\tprivacy@d.example\t-\t-\t");
  });
});

describe("waarborg tenant secret", () => {
  it("prints the tenant's derived callback secret, and refuses without a server key", async () => {
    const before = process.env[CALLBACK_KEY_ENV];
    try {
      delete process.env[CALLBACK_KEY_ENV];
      const refused = await runCli(["tenant", "secret", "a"]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`${CALLBACK_KEY_ENV} is not set`);
      process.env[CALLBACK_KEY_ENV] = "cli-test-callback-key-0123";
      const a = await runCli(["tenant", "secret", "a"]);
      expect(a.code, a.stderr).toBe(0);
      expect(a.stdout).toBe(`${tenantCallbackSecret(process.env, "a")}\n`);
      expect(a.stdout).toMatch(/^[0-9a-f]{64}\n$/);
      expect((await runCli(["tenant", "secret", "b"])).stdout).not.toBe(a.stdout);
    } finally {
      if (before === undefined) delete process.env[CALLBACK_KEY_ENV];
      else process.env[CALLBACK_KEY_ENV] = before;
    }
  });
});
