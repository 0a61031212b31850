import { available } from "../test/helpers/databases.js";
import { inspectKillRun } from "../test/workers/kill-outcome.js";
import { runKillScenario } from "../test/workers/kill-scenario.js";
import { DEFAULT_LEASE_MS } from "../src/jobs/lease.js";

/**
 * The issue's worker run at full size: 500 requests filed and verified through the operation layer
 * and queued on pg-boss, two `waarborg worker` processes, one killed with SIGKILL a third of the way
 * through, a replacement started; then the same checks as test/workers/kill.test.ts. It runs with
 * the production job settings (lease, heartbeat, retry delay) unless `--lease <seconds>` shortens the
 * lease, and reports the takeover: from the SIGKILL until the last job the killed worker held started
 * again elsewhere (target: under 60 s). PostgreSQL at WAARBORG_TEST_POSTGRES_URL (the test suites'
 * server); two fresh databases, dropped afterwards.
 */
const TAKEOVER_TARGET_SECONDS = 60;

function option(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
}

export async function run(): Promise<void> {
  if (!(await available("postgres"))) throw new Error("the workers benchmark needs PostgreSQL");
  const requests = option("requests") ?? 500;
  const leaseOption = option("lease");
  const leaseSeconds = leaseOption ?? DEFAULT_LEASE_MS / 1000;
  const setting = leaseOption === undefined ? "production" : "shortened";
  const started = performance.now();
  const kill = await runKillScenario({
    requests,
    subjects: Math.ceil(requests * 1.2),
    erasureEvery: 6,
    leaseSeconds: leaseOption,
    timeoutMs: 900_000,
    log: (line) => console.log(`  ${line}`),
  });
  try {
    const outcome = await inspectKillRun(kill);
    const broken = Object.entries(outcome.problems).filter(([, ids]) => ids.length > 0);
    const seconds = (ms: number) => Number((ms / 1000).toFixed(1));
    const { fileMs, readyMs, processMs, afterKillMs } = kill.timings;
    console.log(`  filing and verifying: ${(requests / (fileMs / 1000)).toFixed(1)} requests/s`);
    console.log(
      `  processing: ${(requests / (processMs / 1000)).toFixed(1)} requests/s over ${seconds(processMs)} s ` +
        `(${seconds(afterKillMs)} s after the kill, lease ${leaseSeconds} s, ${setting} setting)`,
    );
    const takeoverSeconds = seconds(kill.takeover.slowestMs);
    console.log(
      `  takeover after SIGKILL: ${takeoverSeconds} s for the last of ${kill.takeover.jobs} jobs ` +
        `(target < ${TAKEOVER_TARGET_SECONDS} s: ${takeoverSeconds < TAKEOVER_TARGET_SECONDS ? "met" : "MISSED"}; ` +
        `${(takeoverSeconds / TAKEOVER_TARGET_SECONDS).toFixed(2)}x of the target)`,
    );
    console.log(
      `  killed at ${kill.killed.completedBefore} done with ${kill.killed.activeJobs} jobs active; ` +
        `${outcome.retriedJobs} jobs taken over, ${outcome.failedJobs} failed`,
    );
    console.log(`  exactly once: ${broken.length === 0 ? "yes" : `no (${broken.map(([k]) => k).join(", ")})`}`);
    console.log(`  audit log: ${outcome.audit.ok ? "verifies" : "BROKEN"} (${outcome.audit.checked} entries)`);
    console.log(
      JSON.stringify({
        bench: "workers",
        requests,
        erasures: kill.cases.filter((c) => c.type === "erasure").length,
        leaseSeconds,
        leaseSetting: setting,
        takeoverSeconds,
        takeoverJobs: kill.takeover.jobs,
        fileSeconds: seconds(fileMs),
        workersReadySeconds: seconds(readyMs),
        processSeconds: seconds(processMs),
        afterKillSeconds: seconds(afterKillMs),
        killedAtDone: kill.killed.completedBefore,
        activeAtKill: kill.killed.activeJobs,
        retriedJobs: outcome.retriedJobs,
        failedJobs: outcome.failedJobs,
        repeatedWebhooks: outcome.repeatedWebhooks,
        exactlyOnce: broken.length === 0,
        auditOk: outcome.audit.ok,
        auditEntries: outcome.audit.checked,
        totalSeconds: seconds(performance.now() - started),
      }),
    );
    const tookOver = kill.takeover.jobs > 0 && takeoverSeconds < TAKEOVER_TARGET_SECONDS;
    if (broken.length > 0 || !outcome.audit.ok || outcome.failedJobs > 0 || !tookOver) process.exitCode = 1;
  } finally {
    await kill.close();
  }
}
