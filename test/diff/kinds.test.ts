import { beforeAll, describe, expect, it } from "vitest";
import { CHANGE_KINDS, diffRegisters } from "../../src/diff/index.js";
import type { Register } from "../../src/register/schema/register.js";
import { demoRegister } from "../record/demo.js";
import { SCENARIOS } from "./scenarios/index.js";

let demo: Register;
beforeAll(async () => {
  demo = await demoRegister();
});

/** The old and new register for a scenario: the demo on one side, an edited copy on the other. */
function sides(scenario: (typeof SCENARIOS)[number]): [Register, Register] {
  const edited = structuredClone(demo);
  scenario.edit(edited);
  return scenario.side === "old" ? [edited, demo] : [demo, edited];
}

describe("diffRegisters", () => {
  it("finds nothing between a register and itself", () => {
    expect(diffRegisters(demo, structuredClone(demo))).toEqual([]);
  });

  for (const scenario of SCENARIOS) {
    it(`reports ${scenario.name}`, () => {
      const changes = diffRegisters(...sides(scenario));
      expect(changes.map((c) => [c.kind, c.impact])).toEqual(scenario.expect.map((e) => [e.kind, e.impact]));
      scenario.expect.forEach((e, i) => {
        expect(changes[i]?.message.nl).toContain(e.nl);
        expect(changes[i]?.message.en).toContain(e.en);
      });
    });
  }

  it("has a scenario for every kind of change it can report", () => {
    const covered = new Set(SCENARIOS.flatMap((s) => s.expect.map((e) => e.kind)));
    expect(CHANGE_KINDS.filter((k) => !covered.has(k))).toEqual([]);
  });

  it("points each change at its place in the register", () => {
    const edited = structuredClone(demo);
    edited.retention.contract_data!.period = "24 months";
    edited.recipients.hosting!.location = ["NL", "US"];
    edited.cookies[0]!.duration = "1 day";
    expect(diffRegisters(demo, edited).map((c) => c.ref)).toEqual([
      "activities.account.retention",
      "recipients.hosting.location.US",
      "cookies.kw_session.duration",
    ]);
  });

  it("lists changes in a fixed order whatever order they were made in", () => {
    const edited = structuredClone(demo);
    edited.rights.response_time = "2 weeks";
    edited.cookies.push({ name: "ad_id", purpose: "marketing", party: "third" });
    edited.statement.version = "4.0";
    edited.activities.newsletter!.data_categories.push("identity.date_of_birth");
    expect(diffRegisters(demo, edited).map((c) => c.kind)).toEqual([
      "version_changed",
      "data_category_added",
      "cookie_added",
      "response_time_changed",
    ]);
  });

  it("compares what a reader sees, not how the register spells it", () => {
    const edited = structuredClone(demo);
    edited.retention.contract_data!.period = "P12M";
    edited.rights.response_time = "P1M";
    edited.activities.account!.retention = "renamed";
    edited.retention.renamed = edited.retention.contract_data!;
    expect(diffRegisters(demo, edited)).toEqual([]);
  });
});
