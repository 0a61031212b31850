import { describe, expect, it } from "vitest";
import { calendarFor } from "../../src/deadlines/calendar/registry.js";
import { calendarDate as d } from "../../src/deadlines/date.js";
import { deadlineFor, extendDeadline, responseDeadline } from "../../src/deadlines/deadline.js";
import { explainDeadline, explainStep } from "../../src/deadlines/explain.js";
import { longDate } from "../../src/deadlines/words.js";

// LAW.md, "Deadlines for data-subject requests": the product says which rule moved a deadline.
describe("dates in words", () => {
  it("writes the weekday, day, month and year in Dutch and English", () => {
    expect(longDate(d("2026-04-06"), "nl")).toBe("maandag 6 april 2026");
    expect(longDate(d("2026-04-06"), "en")).toBe("Monday 6 April 2026");
  });
});

describe("explainDeadline", () => {
  it("names Easter Sunday and Easter Monday and the move in one sentence (received 5 March 2026)", () => {
    const deadline = responseDeadline(d("2026-03-05"));
    expect(explainDeadline(deadline, "en")).toEqual([
      "Received on Thursday 5 March 2026; the day of receipt is not counted.",
      "The period of one month ends on Sunday 5 April 2026.",
      "5 April 2026 is Easter Sunday, a Sunday; 6 April 2026 is Easter Monday, a public holiday; moved to the next working day, Tuesday 7 April 2026.",
    ]);
    expect(explainDeadline(deadline, "nl")).toEqual([
      "Ontvangen op donderdag 5 maart 2026; de dag van ontvangst telt niet mee.",
      "De termijn van één maand eindigt op zondag 5 april 2026.",
      "5 april 2026 is Eerste Paasdag, een zondag; 6 april 2026 is Tweede Paasdag, een algemeen erkende feestdag; verschoven naar de eerstvolgende werkdag, dinsdag 7 april 2026.",
    ]);
  });

  it("says a month had no such day (received 31 January 2025)", () => {
    expect(explainDeadline(responseDeadline(d("2025-01-31")), "en")[2]).toBe(
      "February 2025 has no 31st day, so the period ends on the last day of that month.",
    );
    expect(explainDeadline(responseDeadline(d("2025-01-31")), "nl")[2]).toBe(
      "De maand februari 2025 heeft geen 31e dag, dus eindigt de termijn op de laatste dag van die maand.",
    );
  });

  it("names the basis of an equated day: the statute for Good Friday, a Royal Decree for the Friday after Ascension", () => {
    expect(explainDeadline(responseDeadline(d("2026-03-03")), "en")[2]).toMatch(
      /^3 April 2026 \(Good Friday\) is equated with a public holiday by law; 4 April 2026 is a Saturday; 5 April 2026 is Easter Sunday, a Sunday;/,
    );
    expect(explainDeadline(responseDeadline(d("2026-04-15")), "nl")[2]).toMatch(
      /^15 mei 2026 \(vrijdag na Hemelvaartsdag\) is bij koninklijk besluit gelijkgesteld met een algemeen erkende feestdag; 16 mei 2026 is een zaterdag;/,
    );
  });

  it("names a day from the configuration as such", () => {
    const calendar = calendarFor("NL", { extra: ["2027-04-05"] });
    expect(explainDeadline(responseDeadline(d("2027-03-05"), { calendar }), "en")[2]).toBe(
      "5 April 2027 (extra day from the configuration) is a holiday in the configured calendar; moved to the next working day, Tuesday 6 April 2027.",
    );
  });

  it("explains an instant of receipt, an extension and a pause", () => {
    const state = extendDeadline(
      { receivedAt: new Date("2027-03-04T23:30:00Z"), pauses: [{ from: d("2027-03-10"), to: d("2027-03-11") }] },
      { months: 2, reason: "complex", decidedOn: d("2027-03-20") },
    );
    const deadline = deadlineFor(state);
    if (deadline.paused) throw new Error("expected a running clock");
    expect(explainDeadline(deadline, "en")).toEqual([
      "Received at 2027-03-04T23:30:00Z, which is Friday 5 March 2027 in Europe/Amsterdam; the day of receipt is not counted.",
      "The period of one month ends on Monday 5 April 2027.",
      "Extended by 2 months (Art. 12(3) GDPR), counted from receipt: Saturday 5 June 2027.",
      "The clock stood still for 1 day while waiting for proof of identity: Sunday 6 June 2027.",
      "6 June 2027 is a Sunday; moved to the next working day, Monday 7 June 2027.",
    ]);
  });

  it("says, in both languages, when no decree is known for the year the period ends in", () => {
    const deadline = responseDeadline(d("2029-04-03"));
    expect(explainDeadline(deadline, "en").at(-1)).toBe(
      "No Royal Decree is known that equates days with a public holiday in 2029, so none is counted; a later decree could only make the period longer, so this date is the safe reading.",
    );
    expect(explainDeadline(deadline, "nl").at(-1)).toBe(
      "Voor 2029 is geen koninklijk besluit bekend dat dagen gelijkstelt met een algemeen erkende feestdag, dus is er geen meegeteld; een later besluit kan de termijn alleen verlengen, zodat deze datum de veilige lezing is.",
    );
    expect(explainDeadline(responseDeadline(d("2026-04-03")), "en").join(" ")).not.toContain("Royal Decree");
  });

  it("words a single step as a sentence of its own", () => {
    expect(explainStep({ rule: "next-working-day", date: d("2026-04-07") }, "nl")).toBe(
      "Verschoven naar de eerstvolgende werkdag, dinsdag 7 april 2026.",
    );
    expect(explainStep({ rule: "pause", days: 3, date: d("2026-04-07") }, "nl")).toBe(
      "De klok stond 3 dagen stil in afwachting van identiteitsbewijs: dinsdag 7 april 2026.",
    );
  });
});
