import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_OUTPUTS } from "../../src/cli/commands/demo.js";
import { main } from "../../src/cli/main.js";
import { DEMO_PATH } from "./helpers.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "statement-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs the CLI in-process and captures what it writes. */
async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("latin1");
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(["node", "waarborg", ...args]);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

const minimal = `organization:
  name: Voorbeeld B.V.
statement:
  version: "1"
  effective_date: "2026-01-01"
`;

describe("waarborg statement", () => {
  it("prints the Dutch Markdown statement by default", async () => {
    const { code, stdout, stderr } = await run("statement", DEMO_PATH);
    expect(code).toBe(0);
    expect(stdout.startsWith("# Privacyverklaring van Klantwijs B.V.\n")).toBe(true);
    expect(stderr).toBe("");
  });

  it("writes the file given with -o", async () => {
    const out = join(dir, "nested", "statement-en.html");
    const { code, stdout } = await run("statement", DEMO_PATH, "--lang", "en", "--format", "html", "-o", out);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(readFileSync(out, "utf8")).toContain('<html lang="en">');
  });

  it("writes a PDF to a file", async () => {
    const out = join(dir, "statement.pdf");
    expect((await run("statement", DEMO_PATH, "--format", "pdf", "-o", out)).code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("refuses to write a PDF to a terminal", async () => {
    const tty = process.stdout.isTTY;
    process.stdout.isTTY = true;
    try {
      const { code, stdout, stderr } = await run("statement", DEMO_PATH, "--format", "pdf");
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("-o");
    } finally {
      process.stdout.isTTY = tty;
    }
  });

  it("exits 2 with the diagnostics on stderr when the register has schema errors", async () => {
    const file = join(dir, "broken.yaml");
    writeFileSync(
      file,
      `${minimal}activities:\n  shop:\n    name: Shop\n    purpose: Selling\n    legal_bassis: contract\n`,
    );
    const { code, stdout, stderr } = await run("statement", file);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/broken\.yaml:10:5 error schema-unknown-key/);
  });

  it("still renders a register with legal errors, with one warning line", async () => {
    const file = join(dir, "defects.yaml");
    writeFileSync(file, `${minimal}activities:\n  shop:\n    name: Shop\n    purpose: Selling\n`);
    const { code, stdout, stderr } = await run("statement", file);
    expect(code).toBe(0);
    expect(stdout).toContain("# Privacyverklaring van Voorbeeld B.V.");
    expect(stderr).toMatch(/^warning: [1-9]\d* legal errors in the register; run waarborg check\n$/);
  });

  it("rejects an unknown language or format", async () => {
    expect((await run("statement", DEMO_PATH, "--lang", "de")).code).toBe(2);
    expect((await run("statement", DEMO_PATH, "--format", "docx")).code).toBe(2);
  });
});

describe("waarborg demo", () => {
  it("writes the statement in both languages and three formats into the folder and lists them", async () => {
    const out = join(dir, "demo");
    const { code, stdout } = await run("demo", "--out", out);
    expect(code).toBe(0);
    const files = DEMO_OUTPUTS.map((o) => o.file);
    expect([...files].sort()).toEqual(
      ["en", "nl"].flatMap((lang) => ["html", "md", "pdf"].map((ext) => `statement-${lang}.${ext}`)).sort(),
    );
    for (const file of files) {
      expect(existsSync(join(out, file)), file).toBe(true);
      expect(stdout).toContain(`wrote ${join(out, file)}\n`);
    }
    expect(stdout).toContain(`Open ${join(out, "statement-nl.html")}`);
    expect(readFileSync(join(out, "statement-en.md"), "utf8")).toContain("# Privacy statement of Klantwijs B.V.");
  });
});
