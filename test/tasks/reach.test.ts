import { describe, expect, it } from "vitest";
import { calendarDate } from "../../src/deadlines/index.js";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { systemsReached, taskDueOn } from "../../src/tasks/index.js";

async function demo(): Promise<Register> {
  const loaded = await loadRegister("examples/demo/privacy.yaml");
  return loaded.register!;
}

describe("which systems a request reaches", () => {
  it("mails a processor's contact when the system names a recipient instead of an owner", async () => {
    const register = await demo();
    const [key] = Object.keys(register.recipients);
    register.recipients[key!] = {
      ...register.recipients[key!]!,
      contact: { name: "Support desk", email: "dpa@processor.example" },
    };
    register.datasets!.systems = {
      processor: {
        kind: "manual",
        name: "Processor by e-mail",
        recipient: key!,
        requests: ["erasure"],
        categories: [],
        instructions: { general: "Delete the person's records." },
        due_within: "5 days",
      },
    };
    expect(systemsReached(register, "access")).toEqual([]);
    expect(systemsReached(register, "erasure").map((s) => [s.key, s.owner])).toEqual([
      ["processor", { name: "Support desk", email: "dpa@processor.example", lang: "nl" }],
    ]);
    // Without a contact address there is nobody to mail: no task (and `check` reports the system).
    register.recipients[key!] = { ...register.recipients[key!]!, contact: undefined };
    expect(systemsReached(register, "erasure")).toEqual([]);
  });
});

describe("a task's due date", () => {
  const now = new Date("2026-03-02T09:00:00Z");
  it("is due_within from today, but never past the request's deadline minus the margin, nor before today", () => {
    expect(taskDueOn(now, "Europe/Amsterdam", "10 days", calendarDate("2026-04-02"))).toBe("2026-03-12");
    expect(taskDueOn(now, "Europe/Amsterdam", "2 weeks", calendarDate("2026-04-02"))).toBe("2026-03-16");
    expect(taskDueOn(now, "Europe/Amsterdam", "1 month", calendarDate("2026-04-02"))).toBe("2026-03-28");
    expect(taskDueOn(now, "Europe/Amsterdam", "10 days", calendarDate("2026-03-04"))).toBe("2026-03-02");
  });
});
