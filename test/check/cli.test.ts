import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { RULES } from "../../src/check/rules/index.js";

/** Runs the CLI in-process and captures what it writes. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(["node", "waarborg", ...args]);
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

let dir: string;
const demoDir = new URL("../../examples/demo/", import.meta.url).pathname;
const demo = join(demoDir, "privacy.yaml");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "waarborg-check-"));
  // Changed copies of the demo are written here; the files it includes must lie beside them.
  for (const name of await readdir(demoDir)) {
    if (name.endsWith(".yaml") && name !== "privacy.yaml") await copyFile(join(demoDir, name), join(dir, name));
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe("waarborg check", () => {
  it("exits 0 on the demo register and prints a summary", async () => {
    const { code, out } = await run("check", demo);
    expect(code).toBe(0);
    expect(out).toMatch(/0 error\(s\), \d+ warning\(s\), \d+ note\(s\)\n$/);
  });

  it("exits 1 when a rule finds an error, citing the article with file:line:col", async () => {
    const text = (await readFile(demo, "utf8")).replace("response_time: 1 month", "response_time: 2 months");
    const file = await write("late.yaml", text);
    const line = text.split("\n").findIndex((l) => l.includes("response_time: 2 months")) + 1;
    const { code, out } = await run("check", file);
    expect(code).toBe(1);
    expect(out).toContain(`late.yaml:${line}:18 error response-time-too-long`);
    expect(out).toContain("[GDPR Art. 12(3)]");
  });

  it("exits 2 when the register cannot be read or parsed", async () => {
    expect((await run("check", join(dir, "missing.yaml"))).code).toBe(2);
    const broken = await write("broken.yaml", "organization:\n  name: [unclosed\n");
    const { code, out } = await run("check", broken);
    expect(code).toBe(2);
    expect(out).toContain("yaml-syntax");
  });

  it("writes parseable JSON with --format json", async () => {
    const file = await write("json.yaml", (await readFile(demo, "utf8")).replace("id_copy: never", "id_copy: always"));
    const { code, out } = await run("check", file, "--format", "json");
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as { exitCode: number; diagnostics: { rule: string; line: number }[] };
    expect(parsed.exitCode).toBe(1);
    expect(parsed.diagnostics.map((d) => d.rule)).toContain("id-copy-by-default");
  });

  it("lists every rule with --rules, as text and as JSON", async () => {
    const text = await run("check", "--rules");
    expect(text.code).toBe(0);
    expect(text.out.trimEnd().split("\n")).toHaveLength(RULES.length);
    expect(text.out).toContain("tcf-consent");
    const json = await run("check", "--rules", "--format", "json");
    const rows = JSON.parse(json.out) as { id: string; article: string }[];
    expect(rows.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
  });

  it("refuses an unknown format with exit code 2", async () => {
    const { code, err } = await run("check", demo, "--format", "xml");
    expect(code).toBe(2);
    expect(err).toContain("--format");
  });
});
