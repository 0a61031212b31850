// `npm run check:architecture`: dependency-cruiser's rules (.dependency-cruiser.cjs) on src/ and the
// client package (packages/client/src, which must stand alone), then the
// circles between top-level folders, which a module-level check cannot see. Exits 1 on any finding.
import { spawnSync } from "node:child_process";
import { FOLDERS, folderCircles, folderGraph } from "./folders.js";

/** Findings of one rule printed before the rest are counted. */
const SHOWN = 5;

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: { name: string }[];
}

const cruise = spawnSync(
  process.execPath,
  [
    "node_modules/dependency-cruiser/bin/dependency-cruise.mjs",
    "src",
    "packages/client/src",
    "--config",
    ".dependency-cruiser.cjs",
    "--output-type",
    "json",
  ],
  { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
);
if (!cruise.stdout) {
  process.stderr.write(cruise.stderr);
  process.exit(2);
}
const result = JSON.parse(cruise.stdout) as { summary: { violations: Violation[]; totalCruised: number } };
const findings = result.summary.violations.map((v) =>
  v.cycle
    ? `${v.rule.name}: ${[v.from, ...v.cycle.map((c) => c.name)].join(" -> ")}`
    : `${v.rule.name}: ${v.from} -> ${v.to}`,
);

const graph = folderGraph("src");
for (const circle of folderCircles(graph)) findings.push(`folder-circle: ${circle.join(", ")} import each other`);
for (const folder of graph.keys())
  if (!(folder in FOLDERS))
    findings.push(`undescribed-folder: src/${folder} is not in scripts/architecture/folders.ts`);

if (findings.length > 0) {
  // One wrong import can close dozens of circles: show each rule's first few, and how many more.
  const byRule = new Map<string, string[]>();
  for (const finding of findings) {
    const rule = finding.slice(0, finding.indexOf(":"));
    byRule.set(rule, [...(byRule.get(rule) ?? []), finding]);
  }
  const shown = [...byRule.values()].flatMap((list) =>
    list.length > SHOWN ? [...list.slice(0, SHOWN), `  ... and ${list.length - SHOWN} more like it`] : list,
  );
  process.stderr.write(`${shown.join("\n")}\n\n${findings.length} architecture finding(s); see docs/architecture.md\n`);
  process.exit(1);
}
process.stdout.write(`architecture: ${result.summary.totalCruised} modules, ${graph.size} folders, no findings\n`);
