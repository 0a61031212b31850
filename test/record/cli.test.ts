import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { DEMO_PATH } from "./demo.js";

let dir: string;
let out: string;
let err: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "waarborg-record-"));
  out = "";
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const run = (...args: string[]) => main(["node", "waarborg", "record", ...args]);

describe("waarborg record", () => {
  it("prints the record as JSON in English", async () => {
    expect(await run(DEMO_PATH, "--format", "json", "--lang", "en")).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.language).toBe("en");
    expect(doc.activities[0].name).toBe("Account and subscription");
  });

  it("writes the PDF to the file given with -o", async () => {
    const file = join(dir, "out", "record.pdf");
    expect(await run(DEMO_PATH, "--format", "pdf", "-o", file)).toBe(0);
    expect((await readFile(file)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(out).toBe("");
  });

  it("prints the diagnostics and exits 2 for a register with schema errors", async () => {
    const file = join(dir, "privacy.yaml");
    await writeFile(
      file,
      'organization:\n  name: X\nstatement:\n  version: "1"\n  effective_date: "2026-01-01"\n  langauges: [nl]\n',
    );
    expect(await run(file, "--format", "csv")).toBe(2);
    expect(err).toContain("privacy.yaml:6:3 error schema-unknown-key");
    expect(out).toBe("");
  });

  it("rejects an unknown format with exit 2", async () => {
    expect(await run(DEMO_PATH, "--format", "xlsx")).toBe(2);
    expect(err).toContain("--format must be one of csv, json, pdf");
  });
});
