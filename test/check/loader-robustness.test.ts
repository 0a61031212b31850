import { describe, expect, it } from "vitest";
import { checkRegister } from "../../src/check/check.js";
import { memoryReader } from "../helpers/memory.js";

/** Cases the fuzzer found in the loader, kept as plain regression tests. */

const REQUIRED = 'organization: { name: Voorbeeld B.V. }\nstatement: { version: "1", effective_date: "2026-01-01" }\n';
const check = (files: Record<string, string>) => checkRegister("/r/privacy.yaml", memoryReader(files));

describe("the loader on hostile YAML", () => {
  it("reports aliases that expand without bound instead of throwing", async () => {
    const levels = ["a0: &a0 [x]"];
    for (let i = 1; i <= 6; i++)
      levels.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    const result = await check({ "/r/privacy.yaml": `${levels.join("\n")}\n${REQUIRED}` });
    expect(result.exitCode).toBe(2);
    expect(result.diagnostics).toMatchObject([{ rule: "yaml-syntax", line: 1, col: 1 }]);
    expect(result.diagnostics[0]?.message).toContain("alias");
  });

  it("reports an alias to an anchor that does not exist", async () => {
    const result = await check({ "/r/privacy.yaml": `${REQUIRED}subjects: *nowhere\n` });
    expect(result.exitCode).toBe(2);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["yaml-syntax"]);
  });

  it("treats a __proto__ section as an unknown key, not as a section defined twice", async () => {
    const result = await check({ "/r/privacy.yaml": `${REQUIRED}__proto__: { name: x }\n` });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["schema-unknown-key"]);
    expect(result.diagnostics[0]).toMatchObject({ line: 3, col: 1 });
  });

  it("merges an entry named like an Object method from an included file", async () => {
    const files = {
      "/r/privacy.yaml": `include: [more.yaml]\n${REQUIRED}subjects: { customers: { name: klanten } }\n`,
      "/r/more.yaml": "subjects: { constructor: { name: aannemers } }\n",
    };
    const result = await check(files);
    expect(result.diagnostics.filter((d) => d.rule === "include-duplicate")).toEqual([]);
    expect(Object.keys(result.loaded.register?.subjects ?? {})).toEqual(["customers", "constructor"]);
  });
});
