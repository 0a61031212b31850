import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { available } from "../helpers/databases.js";
import { inspectKillRun, type KillOutcome } from "./kill-outcome.js";
import { type KillRun, runKillScenario } from "./kill-scenario.js";

/**
 * 120 requests keep this under two minutes on two cores; `npm run bench -- workers` runs the same
 * scenario with 500. WAARBORG_KILL_REQUESTS sets the count here too.
 */
const REQUESTS = Number(process.env.WAARBORG_KILL_REQUESTS ?? 120);

const postgres = await available("postgres");

describe.runIf(postgres)("two workers on pg-boss, one killed with SIGKILL half-way", () => {
  let run: KillRun;
  let outcome: KillOutcome;
  beforeAll(async () => {
    run = await runKillScenario({
      requests: REQUESTS,
      subjects: Math.ceil(REQUESTS * 1.2),
      erasureEvery: 6,
      leaseSeconds: 15,
      timeoutMs: 240_000,
    });
    outcome = await inspectKillRun(run);
  }, 300_000);
  afterAll(async () => {
    await run?.close();
  });

  it("killed the worker while it held jobs, and the others took them over", () => {
    expect(run.killed.exit).toEqual({ code: null, signal: "SIGKILL" });
    expect(run.killed.completedBefore).toBeGreaterThanOrEqual(REQUESTS / 3);
    expect(run.killed.completedBefore).toBeLessThan(REQUESTS);
    // Runs of a job after the first: the killed worker's jobs, given to another one when their lease ran out.
    expect(outcome.retriedJobs).toBeGreaterThan(0);
    expect(outcome.failedJobs).toBe(0);
  });

  it("completed every request exactly once in effect: one start, one completion, one package, one mail", () => {
    const erasures = run.cases.filter((c) => c.type === "erasure").length;
    expect(erasures).toBe(Math.floor(REQUESTS / 6));
    expect(outcome.problems).toEqual({
      notFinished: [],
      notStartedOnce: [],
      notCompletedOnce: [],
      packagesNotOnce: [],
      requesterNotToldOnce: [],
      recipientsNotToldOnce: [],
      webhookMissing: [],
      stillFindable: [],
      auditNotEvents: [],
    });
    expect(run.endpoint.refused).toBe(0);
  });

  it("left an audit log that verifies, one entry per event", () => {
    expect(outcome.audit.problems).toEqual([]);
    expect(outcome.audit.ok).toBe(true);
    expect(outcome.auditEntries).toBeGreaterThan(0);
    expect(outcome.audit.checked).toBe(outcome.auditEntries);
  });

  it("stopped the surviving workers cleanly, with no queue errors in their logs", () => {
    expect(run.stopped).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
    for (const worker of run.workers.slice(1)) expect(worker.problems(), worker.name).toEqual([]);
  });
});
