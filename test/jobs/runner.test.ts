import { describe, expect, it } from "vitest";
import type { Job, QueueErrorContext } from "../../src/jobs/queue.js";
import { type JobSource, Runner } from "../../src/jobs/runner.js";

/** One job handed out once, with a heartbeat the test scripts: answers or throws, in order. */
function scriptedSource(beats: (() => Promise<boolean>)[]) {
  const job: Job = {
    id: "job-1",
    queue: "beats",
    payload: { email: "person@example.org" },
    attempt: 1,
    lastAttempt: false,
  };
  let handedOut = false;
  const outcome: string[] = [];
  let renewals = 0;
  const source: JobSource<Job> = {
    claim: async () => {
      if (handedOut) return undefined;
      handedOut = true;
      return job;
    },
    complete: async () => {
      outcome.push("completed");
    },
    fail: async (_job, message) => {
      outcome.push(`failed: ${message}`);
    },
    renew: async () => {
      const next = beats[Math.min(renewals, beats.length - 1)]!;
      renewals++;
      return next();
    },
    unsettled: async () => 0,
  };
  return { source, outcome, renewals: () => renewals };
}

async function runOne(beats: (() => Promise<boolean>)[], beatsBeforeDone: number) {
  const scripted = scriptedSource(beats);
  const errors: { message: string; context: QueueErrorContext }[] = [];
  const runner = new Runner(scripted.source, {
    pollIntervalMs: 5,
    heartbeatMs: 5,
    onError: (error, context) => errors.push({ message: (error as Error).message, context }),
  });
  runner.start();
  let finish: () => void = () => {};
  runner.work("beats", async () => {
    await new Promise<void>((resolve) => {
      finish = resolve;
    });
  });
  // The handler runs until it has seen this many heartbeats: outcomes, not durations.
  while (scripted.renewals() < beatsBeforeDone) await new Promise((resolve) => setTimeout(resolve, 5));
  finish();
  await runner.waitForIdle(5000);
  await runner.stop(1000);
  return { outcome: scripted.outcome, errors, renewals: scripted.renewals() };
}

describe("the runner's heartbeat", () => {
  it("renews the claim again and again while the handler runs, then completes the job", async () => {
    const { outcome, errors, renewals } = await runOne([async () => true], 4);
    expect(renewals).toBeGreaterThanOrEqual(4);
    expect(outcome).toEqual(["completed"]);
    expect(errors).toEqual([]);
  });

  it("survives renewals that fail while the store is down, logs them without the payload, and keeps beating", async () => {
    const down = async (): Promise<boolean> => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
    };
    const { outcome, errors } = await runOne([down, down, async () => true], 4);
    expect(outcome).toEqual(["completed"]);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const error of errors.slice(0, 2))
      expect(error).toEqual({
        message: "connect ECONNREFUSED 127.0.0.1:5432",
        context: { operation: "heartbeat", queue: "beats", job: "job-1" },
      });
    expect(JSON.stringify(errors)).not.toContain("person@example.org");
  });

  it("records no outcome for a run whose claim was taken over, and stops beating for it", async () => {
    const { outcome, errors, renewals } = await runOne([async () => true, async () => false], 2);
    expect(outcome).toEqual([]);
    expect(renewals).toBe(2);
    expect(errors).toEqual([
      {
        message: "the job's lease ran out and another worker may hold it now",
        context: { operation: "heartbeat", queue: "beats", job: "job-1" },
      },
    ]);
  });
});
