import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardStats } from "../../src/requests/operations/dashboard-stats.js";
import { extendRequest } from "../../src/requests/operations/extend-request.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { listRequests } from "../../src/requests/operations/list-requests.js";
import { pauseClock } from "../../src/requests/operations/pause-clock.js";
import { changeRequest } from "../../src/requests/change.js";
import { storesUnderTest } from "../helpers/stores.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";

const DAY = 86_400_000;
const UNVERIFIED = 300;
const stores = await storesUnderTest();

/** Counts the rows the store hands back, to tell a grouped query from reading every request. */
function rowCounter(): { plugin: KyselyPlugin; rows: () => number } {
  let rows = 0;
  return {
    plugin: {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        rows += args.result.rows.length;
        return args.result;
      },
    },
    rows: () => rows,
  };
}

describe.each(stores)("the dashboard's figures on the %s store", (kind) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await lifecycleFixture({ store: kind });
    const file = (email: string) =>
      fileRequest(f.ctx, { type: "access", identities: [{ type: "email", value: email }], lang: "nl" });
    // Filings nobody verified, spread over weeks: some overdue by now, some due soon, most not.
    for (let i = 0; i < UNVERIFIED; i++) {
      if (i % 30 === 0) f.clock.advance(4 * DAY);
      await file(`nobody-${i}@example.org`);
    }
    const paused = await file("paused@example.org");
    await pauseClock(f.ctx, { requestId: paused.requestId, actor: "user:officer" });
    const extended = await file("extended@example.org");
    await extendRequest(f.ctx, {
      requestId: extended.requestId,
      actor: "user:officer",
      months: 2,
      reason: "Veel gegevens.",
    });
    const stranded = await file("stranded@example.org");
    await changeRequest(f.ctx, stranded.requestId, { actor: "system", kind: "queue_failed", data: { error: "down" } });
  }, 120_000);
  afterAll(async () => {
    await f?.close();
  });

  it("equal the queue's own replay of every clock, while the store groups the open requests", async () => {
    const open = await listRequests(f.ctx, { status: "open" });
    const counter = rowCounter();
    const ctx = { ...f.ctx, store: { ...f.store, db: f.store.db.withPlugin(counter.plugin) } };
    const stats = await dashboardStats(ctx, { months: 6 });
    expect({ open: stats.open, overdue: stats.overdue, dueSoon: stats.dueSoon, stranded: stats.stranded }).toEqual({
      open: open.length,
      overdue: open.filter((r) => r.deadline.overdue).length,
      dueSoon: open.filter((r) => r.deadline.dueSoon).length,
      stranded: open.filter((r) => r.stranded).length,
    });
    expect(stats.open).toBeGreaterThanOrEqual(UNVERIFIED + 3);
    expect(stats.overdue).toBeGreaterThan(0);
    expect(stats.perMonth.reduce((sum, m) => sum + m.received, 0)).toBeGreaterThanOrEqual(UNVERIFIED);
    // Hundreds of open requests, a few dozen rows: grouped counts and the three whose clock is replayed.
    expect(counter.rows()).toBeLessThan(60);
  });
});
