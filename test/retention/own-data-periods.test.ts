import { describe, expect, it } from "vitest";
import { addPeriod } from "../../src/datasets/index.js";
import { loadRegister } from "../../src/register/load.js";
import { latestDueStart, OWN_DATA_DEFAULTS, ownDataPeriods } from "../../src/retention/index.js";

describe("the periods of the service's own data", () => {
  it("counts days exactly and months by the calendar, never taking a row before its period passed", () => {
    const now = new Date("2026-03-31T10:00:00.000Z");
    expect(latestDueStart(now, "7 days")).toBe("2026-03-24T10:00:00.000Z");
    expect(latestDueStart(now, "48 hours")).toBe("2026-03-29T10:00:00.000Z");
    // 28 February plus a month is 28 March: past at 31 March. 31 January plus a month is 28 February too.
    expect(latestDueStart(now, "1 month")).toBe("2026-02-28T10:00:00.000Z");
    expect(latestDueStart(new Date("2028-02-29T00:00:00.000Z"), "1 year")).toBe("2027-02-28T00:00:00.000Z");
    for (const period of ["7 days", "1 month", "3 months", "1 year", "P2W"]) {
      for (const iso of ["2026-03-31T10:00:00.000Z", "2026-01-01T00:00:00.000Z", "2028-02-29T23:59:59.000Z"]) {
        const start = new Date(latestDueStart(new Date(iso), period));
        expect(addPeriod(start, period).getTime(), `${period} at ${iso}`).toBeLessThanOrEqual(Date.parse(iso));
      }
    }
  });

  it("takes the register's periods where it records them and the defaults where it does not", async () => {
    const loaded = await loadRegister("examples/demo/privacy.yaml");
    const demo = loaded.register!;
    expect(ownDataPeriods(demo).map((p) => [p.kind, p.period, p.recorded])).toEqual([
      ["unverified_requests", "7 days", true],
      ["expired_codes", "1 day", true],
      ["delivered_mail", "30 days", true],
      ["expired_packages", "7 days", true],
    ]);
    const silent = ownDataPeriods({ ...demo, service: { retention: { expired_codes: "2 days" } } });
    expect(silent.map((p) => [p.kind, p.period, p.recorded])).toEqual([
      ["unverified_requests", OWN_DATA_DEFAULTS.unverified_requests, false],
      ["expired_codes", "2 days", true],
      ["delivered_mail", OWN_DATA_DEFAULTS.delivered_mail, false],
      ["expired_packages", OWN_DATA_DEFAULTS.expired_packages, false],
    ]);
  });
});
