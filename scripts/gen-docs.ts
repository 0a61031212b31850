// Regenerates the files derived from the code: the published JSON Schema, the reference docs and the
// architecture page. `npm run docs` writes them; test/docs.test.ts fails when a committed copy is out
// of date.
import { writeFileSync } from "node:fs";
import { generatedFiles } from "../src/docs/generated.js";
import { folderGraph } from "./architecture/folders.js";
import { architecturePage } from "./architecture/page.js";

const files = { ...generatedFiles(), "docs/architecture.md": architecturePage(folderGraph("src")) };
for (const [path, content] of Object.entries(files)) {
  writeFileSync(new URL(`../${path}`, import.meta.url), content);
  console.log(`wrote ${path}`);
}
