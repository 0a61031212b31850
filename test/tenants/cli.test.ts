import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "waarborg-tenant-directory-cli-"));
const store = ["--store", `sqlite:${join(dir, "w.db")}`];
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("waarborg tenant set and list", () => {
  it("records a tenant, changes one field, and lists the directory as text and JSON", async () => {
    expect((await runCli(["migrate", ...store])).code).toBe(0);
    const set = await runCli(["tenant", "set", "b", "--name", "Bakkerij B", "--email", "privacy@b.example", ...store]);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/^b\tBakkerij B\tprivacy@b\.example\t-\t\d{4}-/);
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
});
