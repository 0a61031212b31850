import { describe, expect, it } from "vitest";
import { calendarFor, explainDeadline, responseDeadline } from "../../src/deadlines/index.js";
import { calendarDate as d } from "../../src/deadlines/date.js";
import { deadlineCountry } from "../../src/member-states/index.js";

const due = (received: string, country: string) =>
  responseDeadline(d(received), { calendar: calendarFor(country) }).due;

describe("Belgian holidays move a deadline", () => {
  it("has the ten national public holidays, counted in Brussels", () => {
    const calendar = calendarFor("BE");
    expect(calendar.timeZone).toBe("Europe/Brussels");
    expect(calendar.holidays(2026).map((h) => h.date)).toEqual(
      [
        "2026-01-01",
        "2026-04-06",
        "2026-05-01",
        "2026-05-14",
        "2026-05-25",
        "2026-07-21",
        "2026-08-15",
        "2026-11-01",
        "2026-11-11",
        "2026-12-25",
      ].map(d),
    );
  });

  it("runs past the Belgian National Day, where the Dutch deadline does not", () => {
    expect(due("2026-06-21", "BE")).toBe(d("2026-07-22"));
    expect(due("2026-06-21", "NL")).toBe(d("2026-07-21"));
  });

  it("runs past Armistice Day and names it in the explanation", () => {
    const deadline = responseDeadline(d("2026-10-11"), { calendar: calendarFor("BE") });
    expect(deadline.due).toBe(d("2026-11-12"));
    expect(explainDeadline(deadline, "nl").join(" ")).toContain("Wapenstilstand");
  });
});

describe("German holidays move a deadline", () => {
  it("has the nine nationwide holidays only, and says so", () => {
    const calendar = calendarFor("DE");
    expect(calendar.timeZone).toBe("Europe/Berlin");
    expect(calendar.holidays(2026)).toHaveLength(9);
    expect(calendar.name.en).toContain("not those of the Länder");
    // Epiphany is a holiday in Bayern, not nationwide.
    expect(calendar.isHoliday(d("2026-01-06"))).toBe(false);
  });

  it("runs past German Unity Day, where the Dutch deadline does not", () => {
    expect(due("2025-09-03", "DE")).toBe(d("2025-10-06"));
    expect(due("2025-09-03", "NL")).toBe(d("2025-10-03"));
  });

  it("takes a Land's holiday as an extra day from the configuration", () => {
    const calendar = calendarFor("DE", { extra: ["2027-01-06"] });
    expect(responseDeadline(d("2026-12-06"), { calendar }).due).toBe(d("2027-01-07"));
  });
});

describe("the calendar follows the register", () => {
  it("is the state of establishment's, or the lead authority's", () => {
    expect(deadlineCountry({ established_in: "BE" })).toBe("BE");
    expect(deadlineCountry({ established_in: "DE", state: "BY" })).toBe("DE");
    expect(deadlineCountry({})).toBe("NL");
    expect(() => calendarFor(deadlineCountry({ established_in: "DE" }))).not.toThrow();
  });
});
