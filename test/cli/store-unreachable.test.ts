import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { ADMIN_URLS, available } from "../helpers/databases.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SECRET = "s3cret-Pw-never-shown";
/** Nothing listens on port 1. */
const REFUSED = `postgres://waarborg:${SECRET}@127.0.0.1:1/store`;
const postgres = await available("postgres");

/** Runs a command with the store URL in WB_TEST_STORE_URL, as an operator's environment would hold it. */
async function withUrl(url: string, args: string[]) {
  process.env.WB_TEST_STORE_URL = url;
  try {
    return await runCli([...args, "--database-url-env", "WB_TEST_STORE_URL"]);
  } finally {
    delete process.env.WB_TEST_STORE_URL;
  }
}

function expectOneLine(stderr: string, reason: string) {
  expect(stderr).toBe(`waarborg: the service store cannot be reached: ${reason}\n`);
  expect(stderr).not.toContain(SECRET);
}

describe("a store that cannot be reached", () => {
  it("gives `audit verify` and `users list` one line saying why, without the URL or a stack", async () => {
    for (const args of [
      ["audit", "verify"],
      ["users", "list"],
    ]) {
      const result = await withUrl(REFUSED, args);
      expect(result.code).toBe(1);
      expectOneLine(result.stderr, "the connection was refused (is the server running, on that port?)");
    }
  });

  it.runIf(postgres)("names a database that does not exist, not its name", async () => {
    const url = new URL(ADMIN_URLS.postgres);
    url.pathname = "/wb_missing_store_db";
    url.password = SECRET;
    const result = await withUrl(url.toString(), ["users", "list"]);
    expect(result.code).toBe(1);
    expectOneLine(result.stderr, "the database does not exist");
    expect(result.stderr).not.toContain("wb_missing_store_db");
  });

  describe("`serve --demo`", () => {
    const dir = mkdtempSync(join(tmpdir(), "waarborg-unreachable-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("stops with that line before it generates keys or seeds the demo database", async () => {
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(WAARBORG_|DEMO_)/.test(name)));
      const child = spawn(
        process.execPath,
        ["--import", import.meta.resolve("tsx"), join(ROOT, "src/cli/run.ts"), "serve", "--demo", "--port", "0"],
        {
          cwd: dir,
          env: { ...env, DATABASE_URL: REFUSED, TSX_TSCONFIG_PATH: join(ROOT, "tsconfig.json") },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.stderr.on("data", (chunk) => (stderr += chunk));
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(code).toBe(1);
      expectOneLine(stderr, "the connection was refused (is the server running, on that port?)");
      expect(stdout).not.toContain(SECRET);
      expect(existsSync(join(dir, ".waarborg", "demo.db"))).toBe(false);
      expect(existsSync(join(dir, ".waarborg", "keys.env"))).toBe(false);
    });
  });
});
