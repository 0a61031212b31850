import { describe, expect, it } from "vitest";
import { calendarDate as d } from "../../src/deadlines/date.js";
import { type DeadlineState, extendDeadline } from "../../src/deadlines/deadline.js";
import { DUE_SOON_DAYS, deadlineStatus } from "../../src/deadlines/status.js";

// LAW.md, "Deadlines for data-subject requests": the deadline shown in days left, with the pause recorded.
const received: DeadlineState = { receivedAt: d("2027-03-05") }; // due Monday 5 April 2027

describe("deadlineStatus", () => {
  it("counts calendar days left and marks a request due soon from a week before", () => {
    expect(DUE_SOON_DAYS).toBe(7);
    expect(deadlineStatus(received, d("2027-03-28"))).toEqual({
      due: "2027-04-05",
      daysLeft: 8,
      overdue: false,
      dueSoon: false,
      paused: false,
      extended: false,
      pausedDays: 0,
    });
    expect(deadlineStatus(received, d("2027-03-29"))).toMatchObject({ daysLeft: 7, dueSoon: true, overdue: false });
  });

  it("is not overdue on the due date itself, which lasts until its end", () => {
    expect(deadlineStatus(received, d("2027-04-05"))).toMatchObject({ daysLeft: 0, dueSoon: true, overdue: false });
  });

  it("is overdue the day after, with negative days left", () => {
    expect(deadlineStatus(received, d("2027-04-08"))).toMatchObject({ daysLeft: -3, dueSoon: false, overdue: true });
  });

  it("reads `now` as an Amsterdam day: 22:30 UTC on the due date is already the next day in summer time", () => {
    expect(deadlineStatus(received, new Date("2027-04-05T21:30:00Z"))).toMatchObject({ daysLeft: 0, overdue: false });
    expect(deadlineStatus(received, new Date("2027-04-05T22:30:00Z"))).toMatchObject({ daysLeft: -1, overdue: true });
  });

  it("shows no due date while the clock is paused, and the ended pauses' days once it runs", () => {
    const open = { ...received, pauses: [{ from: d("2027-03-10") }] };
    expect(deadlineStatus(open, d("2027-06-01"))).toEqual({
      due: null,
      daysLeft: null,
      overdue: false,
      dueSoon: false,
      paused: true,
      extended: false,
      pausedDays: 0,
    });
    const closed = { ...received, pauses: [{ from: d("2027-03-10"), to: d("2027-03-15") }] };
    expect(deadlineStatus(closed, d("2027-04-05"))).toMatchObject({ due: "2027-04-12", daysLeft: 7, pausedDays: 5 });
  });

  it("marks an extended request and counts to the extended due date", () => {
    const extended = extendDeadline(received, { months: 2, reason: "complex request", decidedOn: d("2027-03-30") });
    expect(deadlineStatus(extended, d("2027-04-06"))).toMatchObject({
      due: "2027-06-07",
      daysLeft: 62,
      overdue: false,
      extended: true,
    });
  });
});
