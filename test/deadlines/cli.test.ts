import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// LAW.md, "Deadlines for data-subject requests": `waarborg deadline` prints the due date and the rules applied.
describe("waarborg deadline", () => {
  it("prints the due date in Dutch and English words, then the rules that moved it in both languages", async () => {
    const { code, stdout } = await runCli(["deadline", "2026-03-05"]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("dinsdag 7 april 2026 / Tuesday 7 April 2026");
    expect(stdout).toContain("5 april 2026 is Eerste Paasdag, een zondag;");
    expect(stdout).toContain(
      "5 April 2026 is Easter Sunday, a Sunday; 6 April 2026 is Easter Monday, a public holiday; moved to the next working day, Tuesday 7 April 2026.",
    );
  });

  it("takes the number of months, an instant of receipt and extra holidays", async () => {
    expect((await runCli(["deadline", "2026-03-05", "--months", "2"])).stdout).toMatch(/^woensdag 6 mei 2026 \//);
    expect((await runCli(["deadline", "2026-03-31T23:30:00Z"])).stdout).toMatch(/^vrijdag 1 mei 2026 \//);
    const extra = await runCli(["deadline", "2027-03-05", "--extra", "2027-04-05, 2027-04-06"]);
    expect(extra.stdout).toMatch(/^woensdag 7 april 2027 \/ Wednesday 7 April 2027\n/);
  });

  it("counts only the days a decree lists: received 3 April 2026 -> Monday 4 May", async () => {
    const { code, stdout } = await runCli(["deadline", "2026-04-03"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("maandag 4 mei 2026 / Monday 4 May 2026");
    expect(stdout).not.toContain("koninklijk besluit");
  });

  it("says in both languages when no decree is known for the year", async () => {
    const { stdout } = await runCli(["deadline", "2030-04-10"]);
    expect(stdout.split("\n")[0]).toBe("vrijdag 10 mei 2030 / Friday 10 May 2030");
    expect(stdout).toContain("Voor 2030 is geen koninklijk besluit bekend");
    expect(stdout).toContain("No Royal Decree is known that equates days with a public holiday in 2030");
  });

  it("prints the same bytes on every run", async () => {
    const first = await runCli(["deadline", "2025-11-25"]);
    const second = await runCli(["deadline", "2025-11-25"]);
    expect(first.stdout).toBe(second.stdout);
  });

  it("exits 2 with a message for a day that does not exist, an unknown country or a bad period", async () => {
    const wrongDay = await runCli(["deadline", "2026-02-30"]);
    expect(wrongDay.code).toBe(2);
    expect(wrongDay.stderr).toContain('"2026-02-30" is no day on the calendar');
    const country = await runCli(["deadline", "2026-03-05", "--country", "FR"]);
    expect(country.code).toBe(2);
    expect(country.stderr).toContain("no holiday calendar for FR; available: BE, DE, NL");
    const months = await runCli(["deadline", "2026-03-05", "--months", "zero"]);
    expect(months.code).toBe(2);
    expect(months.stderr).toContain("whole number of months");
  });
});
