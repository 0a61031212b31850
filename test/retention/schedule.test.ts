import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { databaseDialect } from "../../src/connectors/index.js";
import { RETENTION_QUEUE, retentionJobHandlers, scheduleRetention } from "../../src/retention/index.js";
import { type Fixture, lifecycleFixture } from "../requests/fixture.js";

describe("retention on the service's schedule", () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await lifecycleFixture({ start: "2026-03-02T09:00:00Z" });
  });
  afterEach(() => f.close());

  const loginsBefore = async (iso: string, before: boolean) => {
    const cutoff = databaseDialect("sqlite").timestamp(Date.parse(iso));
    const r = await f.demo.db
      .selectFrom("login_events")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("at", before ? "<=" : ">", cutoff)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };

  it("sweeps nothing on a schedule unless the operator sets the interval", async () => {
    expect(await scheduleRetention(f.ctx)).toEqual([]);
  });

  it("queues one job per due rule under its singleton key, and the job sweeps the rule", async () => {
    f.ctx.env.WAARBORG_RETENTION_EVERY_HOURS = "24";
    const queued = await scheduleRetention(f.ctx);
    expect(queued).toContain("login_events");
    expect(await f.queue.hasUnfinished(RETENTION_QUEUE, "retention:login_events")).toBe(true);

    const cutoff = "2025-12-02T09:00:00.000Z"; // 90 days before the fixture's clock
    const fresh = await loginsBefore(cutoff, false);
    expect(await loginsBefore(cutoff, true)).toBeGreaterThan(0);
    await retentionJobHandlers(f.ctx)[RETENTION_QUEUE]!.handle({
      id: "job-1",
      queue: RETENTION_QUEUE,
      payload: { rule: "login_events" },
      attempt: 1,
      lastAttempt: false,
    });
    expect(await loginsBefore(cutoff, true)).toBe(0);
    expect(await loginsBefore(cutoff, false)).toBe(fresh);
    const runs = await f.store.db.selectFrom("retention_runs").select(["rule", "trigger", "status"]).execute();
    expect(runs).toEqual([{ rule: "login_events", trigger: "schedule", status: "completed" }]);

    // Within its interval the rule is not queued again.
    f.clock.advance(3_600_000);
    expect(await scheduleRetention(f.ctx)).not.toContain("login_events");
  });
});
