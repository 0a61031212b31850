import { describe, expect, it } from "vitest";
import { calendarDate as d } from "../../src/deadlines/date.js";
import { deadlineFor, extendDeadline, responseDeadline } from "../../src/deadlines/deadline.js";
import { DeadlineError } from "../../src/deadlines/errors.js";
import { explainDeadline } from "../../src/deadlines/explain.js";
import { reviewPeriod } from "../../src/register/index.js";

// A controller may promise to answer sooner than the month of Art. 12(3) (a decision's
// human_review.respond_within). Counted under Regulation 1182/71 art. 3(2)(b): the day of receipt
// is not counted, the period ends with its last day, moved off a weekend or holiday (art. 3(4)).
describe("a first period in days", () => {
  it("received Thursday 5 March 2026, 14 days -> Thursday 19 March", () => {
    const deadline = responseDeadline(d("2026-03-05"), { days: 14 });
    expect(deadline.due).toBe("2026-03-19");
    expect(deadline.steps.map((s) => s.rule)).toEqual(["receipt", "period-days"]);
    expect(explainDeadline(deadline, "en")[1]).toBe("The own period of 14 days ends on Thursday 19 March 2026.");
    expect(explainDeadline(deadline, "nl")[1]).toBe(
      "De eigen termijn van 14 dagen eindigt op donderdag 19 maart 2026.",
    );
  });

  it("moves off a weekend: received Friday 6 March 2026, 8 days -> Saturday 14th -> Monday 16 March", () => {
    expect(responseDeadline(d("2026-03-06"), { days: 8 }).due).toBe("2026-03-16");
  });

  it("extends from the month of Art. 12(3), counted from receipt, not from the shorter period", () => {
    const state = { receivedAt: d("2026-03-05"), days: 14 };
    const extended = extendDeadline(state, { months: 1, reason: "many requests", decidedOn: d("2026-03-10") });
    // One month plus one from 5 March ends on Tuesday 5 May, a holiday, so Wednesday 6 May.
    expect(deadlineFor(extended)).toMatchObject({ paused: false, due: "2026-05-06" });
  });

  it("refuses a period of no days", () => {
    expect(() => responseDeadline(d("2026-03-05"), { days: 0 })).toThrow(DeadlineError);
  });
});

describe("reviewPeriod: what a register may set as its own period", () => {
  it("takes days and weeks that end inside the month, and the month itself", () => {
    expect(reviewPeriod("14 days")).toEqual({ days: 14 });
    expect(reviewPeriod("2 weeks")).toEqual({ days: 14 });
    expect(reviewPeriod("P10D")).toEqual({ days: 10 });
    expect(reviewPeriod("1 month")).toEqual({ months: 1 });
  });

  it("refuses what could end after the month of Art. 12(3)", () => {
    for (const text of ["29 days", "5 weeks", "2 months", "1 year", "48 hours", "soon"])
      expect(reviewPeriod(text), text).toBeUndefined();
  });
});
