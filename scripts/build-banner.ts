// Writes the consent banner's bundle next to the compiled service (dist/consent/banner.bundle.js), so
// the published package serves it without esbuild; `npm run build` runs this after tsc.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBannerCode } from "../src/consent/bundle.js";

const out = fileURLToPath(new URL("../dist/consent/banner.bundle.js", import.meta.url));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, await buildBannerCode());
console.log(`wrote ${out.slice(out.indexOf("dist/"))}`);
