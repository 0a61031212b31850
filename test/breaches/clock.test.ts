import { describe, expect, it } from "vitest";
import { breachStatus, clockSentence, obligationsFor } from "../../src/breaches/index.js";
import { AWARE_AT, breachOf } from "./fixture.js";

const at = (iso: string) => new Date(iso);

describe("the 72-hour clock of Art. 33(1)", () => {
  it("ends exactly 72 hours after awareness and is overdue one minute later", () => {
    const breach = breachOf({ awareAt: AWARE_AT });
    const running = breachStatus(breach, at("2026-03-05T08:59:00.000Z")).clock;
    expect(running).toEqual({ deadline: "2026-03-05T09:00:00.000Z", state: "running", minutesLeft: 1 });
    expect(breachStatus(breach, at("2026-03-05T09:00:00.000Z")).clock.state).toBe("running");
    const overdue = breachStatus(breach, at("2026-03-05T10:01:00.000Z")).clock;
    expect(overdue).toMatchObject({ state: "overdue", minutesLeft: -61 });
    expect(clockSentence(overdue, "en")).toBe("72 hours passed 1 hour 1 minute ago");
    expect(clockSentence(running, "nl")).toBe("nog 1 minuut tot de termijn van 72 uur verstrijkt");
  });

  it("stops when the authority is told, saying whether that was in time", () => {
    const inTime = breachOf({ authorityNotifiedAt: "2026-03-04T09:00:00.000Z" });
    expect(breachStatus(inTime, at("2026-04-01T00:00:00.000Z")).clock).toMatchObject({
      state: "notified",
      minutesLeft: 1440,
    });
    const late = breachOf({ authorityNotifiedAt: "2026-03-05T12:00:00.000Z" });
    expect(breachStatus(late, at("2026-04-01T00:00:00.000Z")).clock).toMatchObject({
      state: "notified_late",
      minutesLeft: -180,
    });
  });

  it("needs no notification when a risk is unlikely, and keeps running while not assessed", () => {
    const later = at("2026-03-09T00:00:00.000Z");
    expect(breachStatus(breachOf({ risk: "none" }), later).clock.state).toBe("not_required");
    expect(breachStatus(breachOf({ risk: null }), later).clock.state).toBe("overdue");
  });
});

describe("what the risk assessment obliges (Art. 33 and 34)", () => {
  it.each([
    [null, undefined, { authority: null, people: null, publicCommunication: false }],
    ["none", undefined, { authority: false, people: false, publicCommunication: false }],
    ["risk", undefined, { authority: true, people: false, publicCommunication: false }],
    ["high", undefined, { authority: true, people: true, publicCommunication: false }],
    ["high", "unintelligible", { authority: true, people: false, publicCommunication: false }],
    ["high", "risk_removed", { authority: true, people: false, publicCommunication: false }],
    ["high", "disproportionate", { authority: true, people: false, publicCommunication: true }],
  ] as const)("risk %s with exception %s", (risk, exception, expected) => {
    expect(obligationsFor(risk, exception)).toEqual(expected);
  });
});
