// Regenerates the files derived from the code: the published JSON Schema and the reference docs.
// `npm run docs` writes them; test/docs.test.ts fails when a committed copy is out of date.
import { writeFileSync } from "node:fs";
import { generatedFiles } from "../src/docs/generated.js";

for (const [path, content] of Object.entries(generatedFiles())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), content);
  console.log(`wrote ${path}`);
}
