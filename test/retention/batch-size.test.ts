import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { adaptiveBatchSize, type BatchSizer, MIN_BATCH_SIZE } from "../../src/retention/batch-size.js";
import { compileRetention, runRetention } from "../../src/retention/index.js";
import { type BatchInfo, sweepCollection } from "../../src/retention/sweep.js";
import { at, createRetentionSchema, retentionRegister } from "./fixture.js";
import { retentionHarness, testClock } from "./harness.js";

describe("the adaptive batch size", () => {
  it("halves after a batch over the budget and grows back by a quarter after a quick one", () => {
    const sizer = adaptiveBatchSize({ max: 2000, targetMs: 100 });
    expect(sizer.size).toBe(2000);
    sizer.observe(150);
    expect(sizer.size).toBe(1000);
    sizer.observe(400);
    expect(sizer.size).toBe(500);
    // Between half the budget and the budget: keep the size.
    sizer.observe(70);
    expect(sizer.size).toBe(500);
    sizer.observe(10);
    expect(sizer.size).toBe(625);
  });

  it("stays between the smallest batch and the configured size", () => {
    const sizer = adaptiveBatchSize({ max: 2000, targetMs: 100 });
    for (let i = 0; i < 20; i++) sizer.observe(1000);
    expect(sizer.size).toBe(MIN_BATCH_SIZE);
    for (let i = 0; i < 40; i++) sizer.observe(1);
    expect(sizer.size).toBe(2000);
    const small = adaptiveBatchSize({ max: 10, targetMs: 100 });
    small.observe(1000);
    expect(small.size).toBe(10);
  });
});

describe("a sweep with a batch size that changes", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-retention-batches-"));
  const url = `sqlite:${join(dir, "app.db")}`;
  let connector: Connector;
  const clock = testClock("2026-06-01T12:00:00Z");

  const fill = async () => {
    await connector.db.deleteFrom("logins").execute();
    await connector.db
      .insertInto("logins")
      .values(
        [1, 2, 3, 4, 5, 6, 7].map((id) => ({
          id,
          account_id: 1,
          ip: `10.0.0.${id}`,
          // Six rows past 90 days, the last not yet.
          at: at("sqlite", id < 7 ? "2026-01-01T00:00:00Z" : "2026-05-30T00:00:00Z"),
        })),
      )
      .execute();
  };

  beforeAll(async () => {
    connector = await openConnector(url);
    await createRetentionSchema(connector.db, "sqlite");
  });
  afterAll(async () => {
    await connector?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes as many rows per batch as the sizer said when the batch was read ahead, and still finishes", async () => {
    await fill();
    const register = await retentionRegister();
    const sweep = compileRetention(register).sweeps.find((s) => s.rule === "login_events")!;
    const planned = [2, 1, 3];
    let observed = 0;
    const sizer: BatchSizer = {
      get size() {
        return planned[observed] ?? 3;
      },
      observe: () => void observed++,
    };
    const batches: BatchInfo[] = [];
    const counts = await sweepCollection({
      connector,
      target: sweep.targets[0]!,
      period: sweep.period,
      action: sweep.action,
      ruleId: sweep.rule,
      now: clock.now(),
      dryRun: false,
      batchSize: 1000,
      sizer,
      heldKeys: new Set(),
      heldTenants: new Set(),
      secret: () => "retention-batches-key-0123456789",
      afterBatch: async (b) => void batches.push(b),
    });
    // Each batch is read while the one before is carried out, so what a batch teaches applies one later.
    expect(batches.map((b) => [b.size, b.handled])).toEqual([
      [2, 2],
      [2, 2],
      [1, 1],
      [3, 1],
    ]);
    expect(counts.handled).toBe(6);
    expect(observed).toBe(4);
    const left = await connector.db.selectFrom("logins").select("id").execute();
    expect(left.map((r) => Number(r.id))).toEqual([7]);
  });

  it("keeps every batch at the configured size when adapting is turned off, and never above it when on", async () => {
    const register = await retentionRegister();
    const harness = await retentionHarness(register, url, clock);
    try {
      for (const batchTargetMs of [0, undefined]) {
        await fill();
        const sizes: number[] = [];
        const [report] = await runRetention(harness.deps, {
          rules: ["login_events"],
          batchSize: 2,
          ...(batchTargetMs === undefined ? {} : { batchTargetMs }),
          afterBatch: (b) => void sizes.push(b.size),
        });
        expect(report).toMatchObject({ outcome: "completed", handled: 6 });
        if (batchTargetMs === 0) expect(sizes).toEqual([2, 2, 2]);
        else expect(sizes.every((s) => s >= 1 && s <= 2)).toBe(true);
      }
    } finally {
      await harness.dispose();
    }
  });
});
