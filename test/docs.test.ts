import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { essentialArrows, FOLDERS, folderCircles, folderGraph } from "../scripts/architecture/folders.js";
import { architecturePage } from "../scripts/architecture/page.js";
import { generatedFiles } from "../src/docs/generated.js";

describe("generated files", () => {
  for (const [path, content] of Object.entries(generatedFiles())) {
    it(`${path} is up to date (run npm run docs)`, () => {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), "utf8")).toBe(content);
    });
  }
});

describe("the architecture page", () => {
  const graph = folderGraph("src");

  it("docs/architecture.md draws the folders as they are (run npm run docs)", () => {
    expect(readFileSync(new URL("../docs/architecture.md", import.meta.url), "utf8")).toBe(architecturePage(graph));
  });

  it("describes every folder of src/ and no folder that is gone", () => {
    expect(Object.keys(FOLDERS).sort()).toEqual([...graph.keys()].sort());
  });

  it("finds a circle between folders, and draws only the arrows no longer path implies", () => {
    const circle = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
      ["d", new Set(["a"])],
    ]);
    expect(folderCircles(circle)).toEqual([["a", "b", "c"]]);
    expect(folderCircles(graph)).toEqual([]);
    const layered = new Map([
      ["http", new Set(["requests", "kernel"])],
      ["requests", new Set(["kernel"])],
      ["kernel", new Set<string>()],
    ]);
    expect(essentialArrows(layered)).toEqual([
      ["http", "requests"],
      ["requests", "kernel"],
    ]);
  });
});
