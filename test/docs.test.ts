import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "../src/docs/generated.js";

describe("generated files", () => {
  for (const [path, content] of Object.entries(generatedFiles())) {
    it(`${path} is up to date (run npm run docs)`, () => {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), "utf8")).toBe(content);
    });
  }
});
