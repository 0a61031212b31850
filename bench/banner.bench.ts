import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { bannerScript, buildBannerCode } from "../src/consent/index.js";
import { loadRegister } from "../src/register/load.js";

/**
 * The banner's weight on the wire next to two open-source banners, all gzipped by zlib at level 9 (as
 * `gzip -9`, within a few bytes), 1 KB = 1000 bytes. Ours counts script and CSS together (the CSS is inside the script),
 * first as the bundle alone and then as served for the demo register: every word, purpose and cookie
 * in Dutch and English included. vanilla-cookieconsent 3.1.0 is its UMD script plus its stylesheet,
 * without a configuration or translations; klaro 0.7.22 is its default build (CSS and translations in).
 */
const TARGET_BYTES = 6000;
const modules = fileURLToPath(new URL("../node_modules/", import.meta.url));
const gz = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;
const file = (path: string) => readFileSync(`${modules}${path}`);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export async function run(): Promise<void> {
  const loaded = await loadRegister(fileURLToPath(new URL("../examples/demo/privacy.yaml", import.meta.url)));
  if (!loaded.register) throw new Error("the demo register does not load");
  const bundle = gz(await buildBannerCode());
  const served = await bannerScript(loaded.register, "https://privacy.klantwijs.example");
  const ours = gz(served.code);
  const cookieconsent = {
    script: gz(file("vanilla-cookieconsent/dist/cookieconsent.umd.js")),
    css: gz(file("vanilla-cookieconsent/dist/cookieconsent.css")),
  };
  const klaro = gz(file("klaro/dist/klaro.js"));
  const theirs = cookieconsent.script + cookieconsent.css;
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`  ${pad("", 46)}gzipped`);
  console.log(`  ${pad("Waarborg bundle (script + CSS, no words)", 46)}${kb(bundle)}`);
  console.log(
    `  ${pad(`Waarborg as served (demo register, ${Object.keys(served.bundle.configs).join(" + ")})`, 46)}${kb(ours)}`,
  );
  console.log(
    `  ${pad("vanilla-cookieconsent 3.1.0 (script + CSS)", 46)}${kb(theirs)} (${kb(cookieconsent.script)} + ${kb(cookieconsent.css)})`,
  );
  console.log(`  ${pad("klaro 0.7.22 (klaro.js)", 46)}${kb(klaro)}`);
  console.log(
    `  ratio: ${(ours / theirs).toFixed(2)}x vanilla-cookieconsent, ${(ours / klaro).toFixed(2)}x klaro; target ${kb(TARGET_BYTES)}: ${ours <= TARGET_BYTES ? "met" : "MISSED"}`,
  );
  if (ours > TARGET_BYTES) process.exitCode = 1;
  console.log(
    JSON.stringify({
      bench: "banner",
      waarborg: { bundleBytes: bundle, servedBytes: ours, languages: Object.keys(served.bundle.configs) },
      vanillaCookieconsent: { version: "3.1.0", scriptBytes: cookieconsent.script, cssBytes: cookieconsent.css },
      klaro: { version: "0.7.22", bytes: klaro },
      ratioToVanillaCookieconsent: Number((ours / theirs).toFixed(3)),
      ratioToKlaro: Number((ours / klaro).toFixed(3)),
      targetBytes: TARGET_BYTES,
    }),
  );
}
