import { beforeEach, describe, expect, it } from "vitest";
import { listProcessors, remindReviews } from "../../src/processors/index.js";
import { describeEachStore, useTestStore } from "../helpers/stores.js";
import { demoRegister, processorDeps, reviewsDueOn } from "./fixture.js";

const CONSOLE = "https://privacy.example/admin/processors";
const OFFICER = "fg@klantwijs.example";

describe("the processors list", () => {
  it("shows each processor's agreement and where its review stands on the day asked", async () => {
    const register = await demoRegister((r) => {
      r.recipients.hosting!.agreement = { status: "signed", signed_on: "2025-03-01", review_every: "12 months" };
      r.recipients.accountant!.agreement = { status: "signed", signed_on: "2025-03-01", review_due: "2026-03-20" };
      r.recipients.analytics_provider!.agreement = "pending";
    });
    const byId = Object.fromEntries(listProcessors(register, new Date("2026-03-02T10:00:00Z")).map((p) => [p.id, p]));
    expect(byId.hosting).toMatchObject({ reviewDue: "2026-03-01", daysToReview: -1, state: "overdue" });
    expect(byId.accountant).toMatchObject({ reviewDue: "2026-03-20", daysToReview: 18, state: "due_soon" });
    expect(byId.email_delivery).toMatchObject({ status: "signed", state: "no_review" });
    expect(byId.analytics_provider).toMatchObject({ status: "pending", state: "unsigned" });
    expect(byId.payments).toBeUndefined();
  });

  it("counts the reminder period from the register's setting", async () => {
    const register = await demoRegister((r) => {
      reviewsDueOn(r, "2026-05-01");
      r.service = { ...r.service, processors: { remind_before: "90 days" } };
    });
    const hosting = listProcessors(register, new Date("2026-03-02T10:00:00Z")).find((p) => p.id === "hosting");
    expect(hosting?.state).toBe("due_soon");
  });
});

await describeEachStore("the agreement review reminders", (kind) => {
  const testStore = useTestStore(kind);
  beforeEach(() => testStore().empty());

  it("mails the privacy officer once before the review is due, however often the sweep runs", async () => {
    const register = await demoRegister((r) => reviewsDueOn(r, "2026-03-20"));
    const { deps, outbox } = processorDeps(testStore().store, register, "2026-03-02T09:00:00Z");
    const first = await remindReviews(deps, { consoleUrl: CONSOLE });
    expect(first.sent.map((s) => s.recipient)).toEqual([
      "accountant",
      "analytics_provider",
      "email_delivery",
      "helpdesk",
      "hosting",
    ]);
    expect(first.sent.every((s) => s.kind === "upcoming")).toBe(true);
    const second = await remindReviews(deps, { consoleUrl: CONSOLE });
    expect(second.sent).toEqual([]);
    expect(second.alreadySent).toHaveLength(5);
    const mails = await outbox();
    expect(mails).toHaveLength(5);
    expect(mails.every((m) => m.to_address === OFFICER)).toBe(true);
    const hosting = mails.find((m) => m.subject.includes("CloudNL"));
    expect(hosting?.subject).toBe("Herziening verwerkersovereenkomst op 20 maart 2026: CloudNL Hosting B.V.");
    expect(hosting?.text).toContain(CONSOLE);
  });

  it("mails again, once, when the review is overdue, and anew for a new due date", async () => {
    const register = await demoRegister((r) => {
      for (const recipient of Object.values(r.recipients))
        if (recipient.kind === "processor") recipient.agreement = "signed";
      r.recipients.hosting!.agreement = { status: "signed", signed_on: "2025-03-01", review_due: "2026-03-20" };
    });
    const { deps, clock, outbox } = processorDeps(testStore().store, register, "2026-03-02T09:00:00Z");
    expect((await remindReviews(deps, { consoleUrl: CONSOLE })).sent).toEqual([
      { recipient: "hosting", dueOn: "2026-03-20", kind: "upcoming" },
    ]);
    clock.set("2026-03-21T09:00:00Z");
    expect((await remindReviews(deps, { consoleUrl: CONSOLE })).sent).toEqual([
      { recipient: "hosting", dueOn: "2026-03-20", kind: "overdue" },
    ]);
    expect((await remindReviews(deps, { consoleUrl: CONSOLE })).sent).toEqual([]);
    expect((await outbox()).map((m) => m.subject)).toContain(
      "Herziening verwerkersovereenkomst verlopen: CloudNL Hosting B.V.",
    );
    register.recipients.hosting!.agreement = { status: "signed", signed_on: "2026-03-21", review_due: "2026-04-10" };
    expect((await remindReviews(deps, { consoleUrl: CONSOLE })).sent).toEqual([
      { recipient: "hosting", dueOn: "2026-04-10", kind: "upcoming" },
    ]);
    expect(await outbox()).toHaveLength(3);
  });

  it("sends each reminder once when two sweeps run at the same time", async () => {
    const register = await demoRegister((r) => reviewsDueOn(r, "2026-03-20"));
    const { deps, outbox } = processorDeps(testStore().store, register, "2026-03-02T09:00:00Z");
    const [a, b] = await Promise.all([
      remindReviews(deps, { consoleUrl: CONSOLE }),
      remindReviews(deps, { consoleUrl: CONSOLE }),
    ]);
    expect(a.sent.length + b.sent.length).toBe(5);
    expect(await outbox()).toHaveLength(5);
  });

  it("sends and records nothing on a dry run", async () => {
    const register = await demoRegister((r) => reviewsDueOn(r, "2026-03-01"));
    const { deps, outbox } = processorDeps(testStore().store, register, "2026-03-02T09:00:00Z");
    const dry = await remindReviews(deps, { consoleUrl: CONSOLE, dryRun: true });
    expect(dry.sent).toHaveLength(5);
    expect(await outbox()).toEqual([]);
    expect((await remindReviews(deps, { consoleUrl: CONSOLE })).sent).toHaveLength(5);
  });

  it("says so, and records nothing, when the register names no one to remind", async () => {
    const register = await demoRegister((r) => {
      reviewsDueOn(r, "2026-03-01");
      r.organization = { ...r.organization, privacy_officer: undefined, dpo: undefined, contact: undefined };
    });
    const { deps, outbox } = processorDeps(testStore().store, register, "2026-03-02T09:00:00Z");
    expect(await remindReviews(deps, { consoleUrl: CONSOLE })).toMatchObject({ noAddress: true, sent: [] });
    expect(await outbox()).toEqual([]);
  });
});
