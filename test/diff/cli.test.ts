import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { DEMO_DATASETS_PATH, DEMO_PATH, demoText } from "../record/demo.js";

let dir: string;
let out: string;
let err: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "waarborg-diff-"));
  // Variants of the demo register include its datasets file, which must sit next to them.
  await copyFile(DEMO_DATASETS_PATH, join(dir, "datasets.yaml"));
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

/** Writes a variant of the demo register and returns its path. */
async function variant(name: string, edit: (text: string) => string): Promise<string> {
  const file = join(dir, name);
  const text = await demoText();
  const edited = edit(text);
  expect(edited).not.toBe(text);
  await writeFile(file, edited);
  return file;
}

const longerRetention = (t: string) =>
  t.replace("  contract_data:\n    period: 12 months", "  contract_data:\n    period: 24 months");
const fasterAnswer = (t: string) => t.replace("  response_time: 1 month", "  response_time: 2 weeks");
const run = (...args: string[]) => main(["node", "waarborg", "diff", ...args]);

describe("waarborg diff", () => {
  it("prints the change notice and exits 0 without --exit-code, even with notify-level changes", async () => {
    const next = await variant("next.yaml", longerRetention);
    expect(await run(DEMO_PATH, next, "--format", "md", "--lang", "en")).toBe(0);
    expect(out).toContain("## What changes for you\n\n- Account and subscription: we keep your data longer");
  });

  it("exits 1 with --exit-code when a change needs a notice", async () => {
    const next = await variant("next.yaml", longerRetention);
    expect(await run(DEMO_PATH, next, "--exit-code")).toBe(1);
    expect(out).toContain("[melden] Account en abonnement: wij bewaren uw gegevens langer");
  });

  it("exits 0 with --exit-code when the changes are information only, or there are none", async () => {
    const next = await variant("next.yaml", fasterAnswer);
    expect(await run(DEMO_PATH, next, "--exit-code")).toBe(0);
    expect(out).toContain("[info] Wij beantwoorden uw verzoek voortaan binnen 2 weken (was: 1 maand).");
    out = "";
    expect(await run(DEMO_PATH, DEMO_PATH, "--exit-code", "--format", "json")).toBe(0);
    expect(JSON.parse(out).changes).toEqual([]);
  });

  it("prints the diagnostics and exits 2 when a register does not match the schema", async () => {
    const broken = await variant("broken.yaml", (t) => t.replace("  response_time: 1 month", "  response_time: soon"));
    expect(await run(DEMO_PATH, broken, "--exit-code")).toBe(2);
    expect(err).toMatch(/broken\.yaml:\d+:\d+ error/);
    expect(out).toBe("");
  });

  it("rejects an unknown format with exit 2", async () => {
    expect(await run(DEMO_PATH, DEMO_PATH, "--format", "html")).toBe(2);
    expect(err).toContain("--format must be one of text, md, json");
  });
});
