import { describe, expect, it } from "vitest";
import { type Clock, rateLimit } from "../../src/scan/index.js";

/** A clock that only moves when the limiter sleeps, so the waits can be read off exactly. */
function fakeClock(): Clock & { slept: number[] } {
  let now = 1000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

describe("the scan's rate limit", () => {
  it("spaces page visits evenly at the rate asked for", async () => {
    const clock = fakeClock();
    const limit = rateLimit(4, clock);
    for (let i = 0; i < 4; i++) await limit.wait();
    expect(clock.slept).toEqual([250, 250, 250]);
  });

  it("does not wait when the visits are slower than the rate", async () => {
    const clock = fakeClock();
    const limit = rateLimit(2, clock);
    await limit.wait();
    await clock.sleep(600);
    await limit.wait();
    expect(clock.slept).toEqual([600]);
  });

  it("refuses a rate that is not positive", () => {
    expect(() => rateLimit(0)).toThrow(RangeError);
  });
});
