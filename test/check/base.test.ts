import { describe, expect, it } from "vitest";
import { applyPatch, checkPatched, positionOf } from "./helpers.js";

describe("the test base register", () => {
  it("loads and draws no finding from any rule", async () => {
    const result = await checkPatched();
    expect(result.diagnostics).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it("patches merge maps, replace lists and delete keys set to undefined", () => {
    const target = { a: { b: 1, c: [1, 2] }, d: 1 };
    expect(applyPatch(target, { a: { c: [3] }, d: undefined })).toEqual({ a: { b: 1, c: [3] } });
  });

  it("finds positions by text, marker after marker", () => {
    const yaml = "a:\n  x: 1\nb:\n  x: 2\n";
    expect(positionOf(yaml, ["b:", "x: ^2"])).toEqual({ line: 4, col: 6 });
    expect(positionOf(yaml, ["^b:"])).toEqual({ line: 3, col: 1 });
  });
});
