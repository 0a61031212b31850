import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * python-stdnum (Debian's python3-stdnum) as the reference for the identifier validators. The
 * interpreter that can import it is looked up once: WAARBORG_TEST_PYTHON, then python3 on the
 * PATH, then the system's /usr/bin/python3 (where Debian installs its packages, which a Python
 * version manager on the PATH would not see). Without it the agreement test skips with a loud
 * notice, except under CI=true, where it fails the run.
 */
const CANDIDATES = [process.env.WAARBORG_TEST_PYTHON, "python3", "/usr/bin/python3"].filter(
  (c): c is string => c !== undefined && c !== "",
);

const ORACLE = fileURLToPath(new URL("../identifiers/stdnum/oracle.py", import.meta.url));

let found: string | null | undefined;

function interpreterWithStdnum(): string | null {
  if (found !== undefined) return found;
  found = null;
  for (const candidate of CANDIDATES) {
    const probe = spawnSync(candidate, ["-c", "import stdnum"], { stdio: "ignore" });
    if (probe.status === 0) {
      found = candidate;
      break;
    }
  }
  return found;
}

/** Whether the reference can run; prints the notice or throws under CI. */
export function stdnumAvailable(): boolean {
  if (interpreterWithStdnum() !== null) return true;
  const message = `python-stdnum is not importable by ${CANDIDATES.join(", ")} (apt-get install python3-stdnum)`;
  if (process.env.CI === "true") throw new Error(`${message}: the validator agreement test is mandatory under CI=true`);
  console.warn(`\n!!! SKIPPING the validator agreement test: ${message} !!!\n`);
  return false;
}

/** python-stdnum's verdict on every value, per kind, from one run of the oracle script. */
export function stdnumVerdicts<K extends string>(request: Record<K, string[]>): Record<K, boolean[]> {
  const python = interpreterWithStdnum();
  if (python === null) throw new Error("python-stdnum is not available");
  const run = spawnSync(python, [ORACLE], { input: JSON.stringify(request), encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`the python-stdnum oracle failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<K, boolean[]>;
}
