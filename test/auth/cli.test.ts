import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { authenticateApiToken, SignInLimiter, signIn } from "../../src/auth/index.js";
import { openStore } from "../../src/store/open.js";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "waarborg-users-cli-"));
const storeUrl = `sqlite:${join(dir, "w.db")}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function withStore<T>(work: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore({ url: storeUrl });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

describe("waarborg users and tokens", () => {
  it("refuses to work on a store that is not migrated", async () => {
    const result = await runCli(["users", "list", "--store", `sqlite:${join(dir, "empty.db")}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/waarborg migrate/);
  });

  it("adds an account with a generated password that signs in, shown once", async () => {
    expect((await runCli(["migrate", "--store", storeUrl])).code).toBe(0);
    const added = await runCli([
      "users",
      "add",
      "--store",
      storeUrl,
      "--email",
      "Anna@Example.nl",
      "--name",
      "Anna",
      "--role",
      "admin",
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^created admin anna@example\.nl \(/);
    const password = /password, shown only now: (\S+)/.exec(added.stdout)?.[1] ?? "";
    expect(password).toHaveLength(24);
    const result = await withStore((store) =>
      signIn(store, new SignInLimiter(store), { email: "anna@example.nl", password, address: "127.0.0.1" }),
    );
    expect(result.ok).toBe(true);
    expect((await runCli(["users", "list", "--store", storeUrl])).stdout).not.toContain(password);
  });

  it("names the option at fault without repeating its value", async () => {
    const result = await runCli([
      "users",
      "add",
      "--store",
      storeUrl,
      "--email",
      "nope",
      "--name",
      "N",
      "--role",
      "support",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--email: /);
    const role = await runCli([
      "users",
      "add",
      "--store",
      storeUrl,
      "--email",
      "n@example.nl",
      "--name",
      "N",
      "--role",
      "root",
    ]);
    expect(role.stderr).toMatch(/--role: /);
  });

  it("lists and disables accounts, but not the last admin", async () => {
    await runCli([
      "users",
      "add",
      "--store",
      storeUrl,
      "--email",
      "s@example.nl",
      "--name",
      "Sam",
      "--role",
      "support",
    ]);
    expect((await runCli(["users", "disable", "--store", storeUrl, "s@example.nl"])).stdout).toBe(
      "disabled s@example.nl\n",
    );
    const list = await runCli(["users", "list", "--store", storeUrl]);
    expect(list.stdout.split("\n")).toEqual([
      "anna@example.nl\tadmin\tactive\tAnna",
      expect.stringMatching(/^s@example\.nl\tsupport\tdisabled \d{4}-\d\d-\d\d\tSam$/),
      "",
    ]);
    const last = await runCli(["users", "disable", "--store", storeUrl, "anna@example.nl"]);
    expect(last.code).toBe(2);
    expect((await runCli(["users", "disable", "--store", storeUrl, "ghost@example.nl"])).code).toBe(1);
  });

  it("creates a token printed once, lists it without its value, and revokes it", async () => {
    const created = await runCli([
      "tokens",
      "create",
      "--store",
      storeUrl,
      "--name",
      "CRM",
      "--scope",
      "requests:read",
      "requests:write",
    ]);
    expect(created.code).toBe(0);
    const id = /created token (\S+) \(requests:read, requests:write\)/.exec(created.stdout)?.[1] ?? "";
    const token = /token, shown only now: (\S+)/.exec(created.stdout)?.[1] ?? "";
    expect(await withStore((store) => authenticateApiToken(store, token))).toMatchObject({ id });

    const list = await runCli(["tokens", "list", "--store", storeUrl]);
    expect(list.stdout).toContain(`${id}\trequests:read,requests:write\tlive\t`);
    expect(list.stdout).not.toContain(token);

    expect((await runCli(["tokens", "revoke", "--store", storeUrl, id])).code).toBe(0);
    expect(await withStore((store) => authenticateApiToken(store, token))).toBeUndefined();
    expect((await runCli(["tokens", "revoke", "--store", storeUrl, id])).code).toBe(1);
  });

  it("creates a tenant's token, named as the tenant's in the list, and refuses it a scope beyond requests", async () => {
    const args = ["tokens", "create", "--store", storeUrl, "--name", "Customer A", "--tenant", "tenant-a"];
    const created = await runCli([...args, "--scope", "requests:read", "requests:write"]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/created token \S+ \(requests:read, requests:write\) for tenant tenant-a/);
    const token = /token, shown only now: (\S+)/.exec(created.stdout)?.[1] ?? "";
    expect(await withStore((store) => authenticateApiToken(store, token))).toMatchObject({ tenant: "tenant-a" });
    expect((await runCli(["tokens", "list", "--store", storeUrl])).stdout).toMatch(/Customer A\ttenant tenant-a\n/);
    const refused = await runCli([...args, "--scope", "requests:decide"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/a tenant's token holds only requests:read, requests:write/);
  });

  it("refuses an unknown scope", async () => {
    const result = await runCli(["tokens", "create", "--store", storeUrl, "--name", "x", "--scope", "everything"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--scope: the scopes are requests:read/);
  });
});
