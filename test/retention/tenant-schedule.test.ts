import { afterEach, beforeEach, expect, it } from "vitest";
import {
  retentionDeps,
  scheduleTenantDeletion,
  scheduleTenantPurges,
  TENANT_PURGE_QUEUE,
  TenantDeletionError,
  tenantDeletions,
  undoTenantDeletion,
} from "../../src/retention/index.js";
import { serviceHandlers } from "../../src/service/index.js";
import { describeEachStore } from "../helpers/stores.js";
import { type Fixture, lifecycleFixture } from "../requests/fixture.js";

await describeEachStore("tenant purges on the service's schedule", (kind) => {
  let f: Fixture;
  beforeEach(async () => {
    f = await lifecycleFixture({ store: kind, start: "2026-03-02T09:00:00Z", subjects: 10 });
  });
  afterEach(() => f.close());

  // A tenant key no demo organisation has: the purge finds no rows, and the lifecycle is what is tested.
  const schedule = () => scheduleTenantDeletion(retentionDeps(f.ctx), { tenant: "9999", requestedBy: "ticket 5" });

  it("queues nothing unless the operator sets the sweep interval, and nothing before the undo window ends", async () => {
    await schedule();
    f.clock.set("2026-04-01T00:00:00Z");
    expect(await scheduleTenantPurges(f.ctx)).toEqual([]);
    f.ctx.env.WAARBORG_RETENTION_EVERY_HOURS = "24";
    f.clock.set("2026-03-16T08:59:59Z");
    expect(await scheduleTenantPurges(f.ctx)).toEqual([]);
  });

  it("undoes a deletion in its window, and keeps one deletion under way per tenant, even when two are asked at once", async () => {
    await schedule();
    await expect(schedule()).rejects.toThrow(TenantDeletionError);
    await expect(undoTenantDeletion(retentionDeps(f.ctx), "9999", "ticket 6")).resolves.toMatchObject({
      status: "cancelled",
    });
    const both = await Promise.allSettled([schedule(), schedule()]);
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((both.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(
      TenantDeletionError,
    );
  });

  it("queues a due tenant under its singleton key, and the service's job purges it once", async () => {
    f.ctx.env.WAARBORG_RETENTION_EVERY_HOURS = "24";
    const scheduled = await schedule();
    f.clock.set("2026-03-16T09:00:00Z");
    expect(await scheduleTenantPurges(f.ctx)).toEqual(["9999"]);
    expect(await f.queue.hasUnfinished(TENANT_PURGE_QUEUE, `tenant-purge:${scheduled.id}`)).toBe(true);

    const job = { id: "job-1", queue: TENANT_PURGE_QUEUE, payload: { tenant: "9999" }, attempt: 1, lastAttempt: false };
    await serviceHandlers(f.ctx)[TENANT_PURGE_QUEUE]!.handle(job);
    const [done] = await tenantDeletions(retentionDeps(f.ctx), "9999");
    expect(done).toMatchObject({
      status: "purged",
      purgedAt: "2026-03-16T09:00:00.000Z",
      backupsGoneBy: "2026-06-16T09:00:00.000Z",
      progress: { accounts: { removed: 0 }, organisations: { removed: 0 } },
    });
    // A duplicate job after the purge finds nothing under way and completes without touching anything.
    await serviceHandlers(f.ctx)[TENANT_PURGE_QUEUE]!.handle({ ...job, id: "job-2" });
    expect(await scheduleTenantPurges(f.ctx)).toEqual([]);
  });
});
