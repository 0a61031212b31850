import { describe, expect, it } from "vitest";
import { createProgress, formatDuration } from "../../src/cli/progress.js";

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } };
}

describe("createProgress on a terminal", () => {
  it("redraws one line with label, bar, done/total, rate and ETA", () => {
    let clock = 0;
    const { writes, stream } = fakeStream(true);
    const bar = createProgress({ label: "sampling", total: 4, stream, now: () => clock });
    clock = 2000;
    bar.update(1);
    expect(writes).toEqual([`\rsampling [######------------------] 1/4 0.5/s ETA 0:06\x1b[K`]);
    clock = 4000;
    bar.update(4);
    bar.finish();
    expect(writes.slice(1)).toEqual([`\rsampling [########################] 4/4 1.0/s ETA 0:00\x1b[K`, "\n"]);
  });

  it("skips redraws closer together than a tenth of a second, but always draws the end", () => {
    let clock = 1000;
    const { writes, stream } = fakeStream(true);
    const bar = createProgress({ label: "x", total: 100, stream, now: () => clock });
    bar.update(1);
    clock += 10;
    bar.update(2);
    clock += 10;
    bar.update(100);
    expect(writes).toHaveLength(2);
    expect(writes[0]).toContain("1/100");
    expect(writes[1]).toContain("100/100");
  });

  it("draws the final state on finish when a redraw was skipped", () => {
    let clock = 0;
    const { writes, stream } = fakeStream(true);
    const bar = createProgress({ label: "x", total: 10, stream, now: () => clock });
    bar.update(1);
    clock = 50;
    bar.update(5);
    bar.finish();
    expect(writes).toHaveLength(3);
    expect(writes[1]).toContain("5/10");
    expect(writes[2]).toBe("\n");
  });

  it("shows an unknown ETA before any progress", () => {
    const { writes, stream } = fakeStream(true);
    createProgress({ label: "x", total: 3, stream, now: () => 0 }).update(0);
    expect(writes[0]).toContain("ETA --:--");
  });
});

describe("createProgress in a pipe or log", () => {
  it("writes a plain line at each tenth, once, without carriage returns", () => {
    const { writes, stream } = fakeStream(false);
    const bar = createProgress({ label: "sampling", total: 20, stream, now: () => 0 });
    for (let i = 0; i <= 20; i++) bar.update(i);
    bar.finish();
    expect(writes).toHaveLength(11);
    expect(writes[0]).toBe("sampling: 0% (0/20)\n");
    expect(writes[1]).toBe("sampling: 10% (2/20)\n");
    expect(writes[10]).toBe("sampling: 100% (20/20)\n");
    expect(writes.join("")).not.toContain("\r");
  });

  it("reports only the tenth reached when progress jumps, and clamps beyond the total", () => {
    const { writes, stream } = fakeStream(false);
    const bar = createProgress({ label: "t", total: 10, stream, now: () => 0 });
    bar.update(7);
    bar.update(25);
    bar.finish();
    bar.update(3);
    expect(writes).toEqual(["t: 70% (7/10)\n", "t: 100% (10/10)\n"]);
  });

  it("finishes an empty run at 100%", () => {
    const { writes, stream } = fakeStream(false);
    createProgress({ label: "t", total: 0, stream, now: () => 0 }).finish();
    expect(writes).toEqual(["t: 100% (0/0)\n"]);
  });
});

describe("formatDuration", () => {
  it("writes m:ss and h:mm:ss", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(65.4)).toBe("1:05");
    expect(formatDuration(3725)).toBe("1:02:05");
  });
});
