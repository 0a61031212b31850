import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type CheckResult, checkRegister } from "../../src/check/check.js";
import { memoryReader } from "../helpers/memory.js";
import { toBlockYaml } from "./fuzz/emit.js";
import { DEMO_INCLUDES, damagedDemoText, includes, mutatedDemo, variedDemo } from "./fuzz/demo.js";
import { aliases, deepNesting, randomUnicode, yamlSoup } from "./fuzz/text.js";

/**
 * Malformed and random registers must never crash `check`: every problem becomes a diagnostic with
 * a place in a file, and the exit code follows from the diagnostics. About 3000 registers in all.
 */

const ENTRY = "/r/privacy.yaml";

/** What is wrong with a check result; plain code rather than thousands of `expect` calls per run. */
function problems(result: CheckResult): string[] {
  const out: string[] = [];
  for (const d of result.diagnostics) {
    const where = `${d.rule} at ${d.file}:${d.line}:${d.col}`;
    if (typeof d.file !== "string" || d.file.length === 0) out.push(`${where}: no file`);
    if (!Number.isInteger(d.line) || d.line < 1 || !Number.isInteger(d.col) || d.col < 1)
      out.push(`${where}: bad position`);
    if (!/^[a-z]+(-[a-z0-9]+)*$/.test(d.rule)) out.push(`${where}: bad rule id`);
    if (d.rule === "internal") out.push(`${where}: a rule threw: ${d.message}`);
    if (!["error", "warning", "info"].includes(d.severity)) out.push(`${where}: bad severity`);
    if (d.message.length === 0) out.push(`${where}: empty message`);
    if (d.message.includes("    at ")) out.push(`${where}: stack trace in the message`);
  }
  const errors = result.diagnostics.some((d) => d.severity === "error");
  const expected = result.loaded.unreadable ? 2 : errors ? 1 : 0;
  if (result.exitCode !== expected) out.push(`exit code ${result.exitCode}, expected ${expected}`);
  // A register that did not load must never pass as clean.
  if (!result.loaded.register && result.exitCode === 0) out.push("exit code 0 without a loaded register");
  if (result.loaded.unreadable && result.loaded.register) out.push("an unreadable register was loaded");
  return out;
}

async function checkFiles(files: Record<string, string>): Promise<void> {
  expect(problems(await checkRegister(ENTRY, memoryReader(files)))).toEqual([]);
}

const property = (arb: fc.Arbitrary<Record<string, string>>) => fc.asyncProperty(arb, checkFiles);
/** One register file; the demo's included files lie beside it, as they do on disk. */
const single = (text: string) => ({ ...DEMO_INCLUDES, [ENTRY]: text });

describe("the fuzzer's YAML writer", () => {
  it("writes any JSON value so that it parses back unchanged", () => {
    const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    fc.assert(
      fc.property(json, (value) => {
        expect(parse(toBlockYaml(value))).toEqual(value);
      }),
      { numRuns: 100 },
    );
  });
});

describe("check never crashes on malformed registers", () => {
  it("handles random YAML-like text", async () => {
    await fc.assert(property(yamlSoup.map(single)), { numRuns: 1300 });
  });

  it("handles random unicode", async () => {
    await fc.assert(property(randomUnicode.map(single)), { numRuns: 450 });
  });

  it("handles the demo register varied within the schema, so the legal rules meet odd but valid registers", async () => {
    let loaded = 0;
    const runs = 350;
    await fc.assert(
      fc.asyncProperty(variedDemo.map(single), async (files) => {
        const result = await checkRegister(ENTRY, memoryReader(files));
        if (result.loaded.register) loaded++;
        expect(problems(result)).toEqual([]);
      }),
      { numRuns: runs },
    );
    // The variations are meant to pass the schema; if they stop doing so, the rules go untested.
    expect(loaded).toBeGreaterThan(runs * 0.8);
  });

  it("handles the demo register with keys deleted, renamed and given wrong types or values", async () => {
    await fc.assert(property(mutatedDemo.map(single)), { numRuns: 300 });
  });

  it("handles the demo register truncated, with text inserted, cut out or lines duplicated", async () => {
    await fc.assert(property(damagedDemoText.map(single)), { numRuns: 200 });
  });

  it("handles deep nesting and alias expansion", async () => {
    await fc.assert(property(deepNesting.map(single)), { numRuns: 40 });
    await fc.assert(property(aliases.map(single)), { numRuns: 150 });
  });

  it("handles registers split over files with missing, cyclic and duplicate includes", async () => {
    await fc.assert(property(includes), { numRuns: 210 });
  });
});
