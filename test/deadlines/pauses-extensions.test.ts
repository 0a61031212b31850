import { describe, expect, it } from "vitest";
import { calendarDate as d } from "../../src/deadlines/date.js";
import { type DeadlineState, deadlineFor, extendDeadline } from "../../src/deadlines/deadline.js";
import { DeadlineError } from "../../src/deadlines/errors.js";

// LAW.md, "Deadlines for data-subject requests": an extension by two further months, told with reasons
// inside the first month (Art. 12(3) GDPR); the clock paused while waiting for identity proof.

/** Received Friday 5 March 2027; the first period ends on Monday 5 April 2027, a working day. */
const received: DeadlineState = { receivedAt: d("2027-03-05") };

function dueOf(state: DeadlineState): string {
  const deadline = deadlineFor(state);
  if (deadline.paused) throw new Error("expected a running clock");
  return deadline.due;
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DeadlineError) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("pausing the clock while waiting for identity proof", () => {
  it("moves the deadline by the paused calendar days (asked 10 March, proof on 15 March: 5 days)", () => {
    const deadline = deadlineFor({ ...received, pauses: [{ from: d("2027-03-10"), to: d("2027-03-15") }] });
    expect(deadline).toMatchObject({ paused: false, pausedDays: 5, periodEnd: "2027-04-10" });
    // 10 April 2027 is a Saturday: the working-day rule applies to the day the paused period ends.
    expect(dueOf({ ...received, pauses: [{ from: d("2027-03-10"), to: d("2027-03-15") }] })).toBe("2027-04-12");
  });

  it("adds up several pauses", () => {
    const pauses = [
      { from: d("2027-03-20"), to: d("2027-03-22") },
      { from: d("2027-03-08"), to: d("2027-03-09") },
    ];
    expect(deadlineFor({ ...received, pauses })).toMatchObject({ pausedDays: 3, periodEnd: "2027-04-08" });
  });

  it("has no deadline while a pause is open", () => {
    expect(deadlineFor({ ...received, pauses: [{ from: d("2027-03-10") }] })).toEqual({
      paused: true,
      received: "2027-03-05",
      pausedSince: "2027-03-10",
      extendedBy: 0,
      pausedDays: 0,
    });
  });

  it("places instants of a pause on Amsterdam days", () => {
    const pauses = [{ from: new Date("2027-03-09T23:30:00Z"), to: new Date("2027-03-14T23:30:00Z") }];
    expect(deadlineFor({ ...received, pauses })).toMatchObject({ pausedDays: 5 });
  });

  it("allows a pause that starts on the due date itself", () => {
    expect(dueOf({ ...received, pauses: [{ from: d("2027-04-05"), to: d("2027-04-07") }] })).toBe("2027-04-07");
  });

  it("refuses pauses that start before receipt, end before they start, overlap, follow an open one or start too late", () => {
    expect(refusal(() => deadlineFor({ ...received, pauses: [{ from: d("2027-03-04"), to: d("2027-03-06") }] }))).toBe(
      "pause-before-receipt",
    );
    expect(refusal(() => deadlineFor({ ...received, pauses: [{ from: d("2027-03-10"), to: d("2027-03-09") }] }))).toBe(
      "pause-ends-before-start",
    );
    const overlapping = [
      { from: d("2027-03-10"), to: d("2027-03-15") },
      { from: d("2027-03-14"), to: d("2027-03-16") },
    ];
    expect(refusal(() => deadlineFor({ ...received, pauses: overlapping }))).toBe("pauses-overlap");
    const afterOpen = [{ from: d("2027-03-10") }, { from: d("2027-03-14"), to: d("2027-03-16") }];
    expect(refusal(() => deadlineFor({ ...received, pauses: afterOpen }))).toBe("pause-still-open");
    expect(refusal(() => deadlineFor({ ...received, pauses: [{ from: d("2027-04-06") }] }))).toBe(
      "pause-after-deadline",
    );
  });

  it("lets an earlier pause keep the clock alive for a later one", () => {
    const pauses = [
      { from: d("2027-03-10"), to: d("2027-03-20") },
      { from: d("2027-04-10"), to: d("2027-04-12") },
    ];
    // Without the first pause 10 April would lie after the deadline of 5 April; with it the deadline is 15 April.
    expect(deadlineFor({ ...received, pauses })).toMatchObject({ pausedDays: 12, periodEnd: "2027-04-17" });
  });
});

describe("extending by up to two further months (Art. 12(3) GDPR)", () => {
  const reason = "many requests after the product recall";

  it("counts three months from receipt: 5 March -> 5 June 2027 (Saturday) -> 7 June", () => {
    const extended = extendDeadline(received, { months: 2, reason, decidedOn: d("2027-04-01") });
    expect(deadlineFor(extended)).toMatchObject({ due: "2027-06-07", periodEnd: "2027-06-05", extendedBy: 2 });
  });

  it("leaves the state it was given untouched", () => {
    extendDeadline(received, { months: 1, reason, decidedOn: d("2027-04-01") });
    expect(received.extensions).toBeUndefined();
  });

  it("counts from receipt, not from the working day the first period moved to (3 April 2026)", () => {
    // The first period ends on Sunday 3 May 2026 and is due on Monday 4 May; three months from receipt end on
    // Friday 3 July, where two months from the due date would give Saturday 4 July and so Monday 6 July.
    const first = deadlineFor({ receivedAt: d("2026-04-03") });
    expect(first).toMatchObject({ due: "2026-05-04" });
    const state = extendDeadline({ receivedAt: d("2026-04-03") }, { months: 2, reason, decidedOn: d("2026-05-04") });
    expect(dueOf(state)).toBe("2026-07-03");
  });

  it("counts from receipt, not from the shortened end of the first month (31 January 2027 -> 30 April)", () => {
    // One month ends on 28 February; two more from there would end on 28 April, three from receipt on 30 April.
    const state = extendDeadline({ receivedAt: d("2027-01-31") }, { months: 2, reason, decidedOn: d("2027-02-15") });
    const deadline = deadlineFor(state);
    expect(deadline).toMatchObject({ due: "2027-04-30", periodEnd: "2027-04-30" });
    if (deadline.paused) throw new Error("expected a running clock");
    expect(deadline.steps).toContainEqual({ rule: "extension", months: 2, date: "2027-04-30" });
    expect(deadline.steps).toContainEqual({ rule: "last-day-of-month", day: 31, date: "2027-04-30" });
    // Two extensions of one month each end where one of two does.
    const once = extendDeadline({ receivedAt: d("2027-01-31") }, { months: 1, reason, decidedOn: d("2027-02-10") });
    expect(dueOf(extendDeadline(once, { months: 1, reason, decidedOn: d("2027-02-20") }))).toBe("2027-04-30");
  });

  it("chains two extensions of one month each to the same end as one of two months", () => {
    const once = extendDeadline(received, { months: 1, reason, decidedOn: d("2027-03-20") });
    const twice = extendDeadline(once, { months: 1, reason, decidedOn: d("2027-03-25") });
    expect(dueOf(twice)).toBe("2027-06-07");
  });

  it("refuses more than two further months in total", () => {
    expect(refusal(() => extendDeadline(received, { months: 3, reason, decidedOn: d("2027-03-20") }))).toBe(
      "extension-too-long",
    );
    const once = extendDeadline(received, { months: 2, reason, decidedOn: d("2027-03-20") });
    expect(refusal(() => extendDeadline(once, { months: 1, reason, decidedOn: d("2027-03-25") }))).toBe(
      "extension-too-long",
    );
  });

  it("refuses an extension decided after the first month has passed; the due date itself is still inside", () => {
    expect(() => extendDeadline(received, { months: 2, reason, decidedOn: d("2027-04-05") })).not.toThrow();
    expect(refusal(() => extendDeadline(received, { months: 2, reason, decidedOn: d("2027-04-06") }))).toBe(
      "extension-too-late",
    );
    // 5 March 2026: the first month runs until Tuesday 7 April because of Easter.
    const easter = { receivedAt: d("2026-03-05") };
    expect(() => extendDeadline(easter, { months: 1, reason, decidedOn: d("2026-04-07") })).not.toThrow();
    expect(refusal(() => extendDeadline(easter, { months: 1, reason, decidedOn: d("2026-04-08") }))).toBe(
      "extension-too-late",
    );
  });

  it("counts a pause into the first month, so a decision after the original due date can still be in time", () => {
    const paused = { ...received, pauses: [{ from: d("2027-03-10"), to: d("2027-03-20") }] };
    const extended = extendDeadline(paused, { months: 2, reason, decidedOn: d("2027-04-12") });
    // 5 April + 2 months = 5 June, + 10 paused days = Tuesday 15 June.
    expect(dueOf(extended)).toBe("2027-06-15");
    expect(refusal(() => extendDeadline(paused, { months: 2, reason, decidedOn: d("2027-04-16") }))).toBe(
      "extension-too-late",
    );
  });

  it("allows an extension during an open pause, when the clock stands still", () => {
    const paused = { ...received, pauses: [{ from: d("2027-04-01") }] };
    const extended = extendDeadline(paused, { months: 2, reason, decidedOn: d("2027-04-20") });
    expect(deadlineFor(extended)).toMatchObject({ paused: true, extendedBy: 2 });
  });

  it("refuses an extension without reasons, before receipt, or of no whole months", () => {
    expect(refusal(() => extendDeadline(received, { months: 1, reason: "  ", decidedOn: d("2027-03-20") }))).toBe(
      "extension-without-reason",
    );
    expect(refusal(() => extendDeadline(received, { months: 1, reason, decidedOn: d("2027-03-01") }))).toBe(
      "extension-before-receipt",
    );
    expect(refusal(() => extendDeadline(received, { months: 0.5, reason, decidedOn: d("2027-03-20") }))).toBe(
      "invalid-months",
    );
  });

  it("checks stored extensions again when the deadline is read", () => {
    const stored: DeadlineState = { ...received, extensions: [{ months: 2, reason, decidedOn: d("2027-05-01") }] };
    expect(refusal(() => deadlineFor(stored))).toBe("extension-too-late");
  });
});
