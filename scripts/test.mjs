// Runs vitest and ends with one plain line, `N passed, N failed, N skipped`, that CI counts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { perStoreLines } from "./store-counts.mjs";

const dir = mkdtempSync(join(tmpdir(), "waarborg-test-"));
const report = join(dir, "report.json");
const run = spawnSync(
  process.execPath,
  [
    "node_modules/vitest/vitest.mjs",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
let line = "0 passed, 1 failed";
try {
  const r = JSON.parse(readFileSync(report, "utf8"));
  for (const storeLine of perStoreLines(r.testResults ?? [])) console.log(storeLine);
  line = `${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`;
  // A suite that failed to load, or whose setup failed so that its tests were skipped, has no failed
  // test in the counts; make sure it still shows as a failure.
  const brokenSuites = (r.testResults ?? []).filter(
    (s) => s.status === "failed" && !s.assertionResults.some((a) => a.status === "failed"),
  ).length;
  if (brokenSuites > 0)
    line = `${r.numPassedTests} passed, ${r.numFailedTests + brokenSuites} failed, ${r.numPendingTests} skipped`;
} catch {
  // No report: vitest itself failed before running anything; the default line above says so.
}
rmSync(dir, { recursive: true, force: true });
console.log(line);
process.exit(run.status ?? 1);
