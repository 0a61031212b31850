import { beforeEach, expect, it } from "vitest";
import { readAudit, verifyStoredAudit } from "../../src/audit/index.js";
import {
  BreachError,
  type BreachDeps,
  breachesCsv,
  breachesJson,
  getBreach,
  listBreaches,
  recordBreach,
  updateBreach,
} from "../../src/breaches/index.js";
import { describeEachStore, useTestStore } from "../helpers/stores.js";
import { AWARE_AT, breachDeps, FULL_FACTS } from "./fixture.js";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof BreachError ? { kind: error.kind, field: error.field } : error),
  );

await describeEachStore("the breach register", (kind) => {
  const testStore = useTestStore(kind);
  let deps: BreachDeps;
  let clock: { now: Date };

  beforeEach(async () => {
    await testStore().empty();
    ({ deps, clock } = await breachDeps(testStore().store));
  });

  it("records a breach, numbers it per year, and audits each change by field name only", async () => {
    const first = await recordBreach(deps, { title: "Open recipient list", awareAt: AWARE_AT, actor: "user:officer" });
    const second = await recordBreach(deps, {
      title: "Stolen laptop",
      awareAt: "2026-03-02T10:00:00+01:00",
      risk: "high",
      facts: { summary: "a laptop with the customer export was stolen from a car" },
      actor: "user:officer",
    });
    expect([first.reference, second.reference]).toEqual(["2026-001", "2026-002"]);
    expect(second.awareAt).toBe("2026-03-02T09:00:00.000Z");
    expect(first.facts).toEqual({});

    const updated = await updateBreach(deps, first.id, {
      risk: "risk",
      facts: { ...FULL_FACTS, summary: "every address visible" },
      actor: "user:officer",
    });
    expect(updated.facts.records).toEqual({ count: 1200, estimate: false });
    const cleared = await updateBreach(deps, first.id, { facts: { summary: null }, actor: "user:officer" });
    expect(cleared.facts.summary).toBeUndefined();
    expect((await getBreach(deps, "2026-001")).id).toBe(first.id);

    const entries = await readAudit(deps.store, { subjectType: "breach", subjectId: first.id });
    expect(entries.map((e) => e.action)).toEqual(["breach.recorded", "breach.updated", "breach.updated"]);
    expect(JSON.parse(entries[2]!.data)).toEqual({ reference: "2026-001", risk: "risk", fields: ["facts.summary"] });
    const all = JSON.stringify(await readAudit(deps.store));
    expect(all).not.toContain("every address visible");
    expect(all).not.toContain("laptop");
    expect((await verifyStoredAudit(deps.store)).ok).toBe(true);
  });

  it("writes no audit entry when nothing changed", async () => {
    const breach = await recordBreach(deps, { title: "x", awareAt: AWARE_AT, actor: "user:officer" });
    await updateBreach(deps, breach.id, { title: "x", actor: "user:officer" });
    expect(await readAudit(deps.store, { subjectType: "breach" })).toHaveLength(1);
  });

  it("refuses bad input with the field at fault", async () => {
    const base = { title: "t", awareAt: AWARE_AT, actor: "user:officer" };
    expect(await refusal(recordBreach(deps, { ...base, title: " " }))).toEqual({ kind: "invalid", field: "title" });
    expect(await refusal(recordBreach(deps, { ...base, awareAt: "2026-03-02" }))).toMatchObject({ field: "awareAt" });
    expect(await refusal(recordBreach(deps, { ...base, awareAt: "2027-01-01T00:00:00Z" }))).toMatchObject({
      field: "awareAt",
    });
    expect(await refusal(recordBreach(deps, { ...base, risk: "medium" as never }))).toMatchObject({ field: "risk" });
    expect(await refusal(recordBreach(deps, { ...base, facts: { records: { count: -1 } } }))).toMatchObject({
      field: "facts.records.count",
    });
    expect(await refusal(recordBreach(deps, { ...base, facts: { nature: ["secrecy"] } }))).toMatchObject({
      field: "facts.nature.0",
    });
    expect(await refusal(recordBreach(deps, { ...base, facts: { colour: "red" } }))).toMatchObject({
      field: "facts.colour",
    });
    expect(await refusal(updateBreach(deps, "nope", { actor: "user:officer" }))).toMatchObject({ kind: "not-found" });
    expect(await listBreaches(deps)).toEqual([]);
  });

  it("exports every breach, notified or not, as CSV and JSON", async () => {
    const none = await recordBreach(deps, {
      title: "Misdirected letter, returned unopened",
      awareAt: AWARE_AT,
      risk: "none",
      facts: { authorityNotToldReason: "returned unopened" },
      actor: "user:officer",
    });
    const told = await recordBreach(deps, {
      title: "Open recipient list",
      awareAt: AWARE_AT,
      risk: "risk",
      actor: "user:officer",
    });
    clock.now = new Date("2026-03-03T09:00:00.000Z");
    await updateBreach(deps, told.id, { authorityNotifiedAt: "2026-03-03T08:00:00.000Z", actor: "user:officer" });
    const open = await recordBreach(deps, {
      title: "Unassessed",
      awareAt: "2026-03-01T09:00:00.000Z",
      actor: "user:officer",
    });

    const breaches = await listBreaches(deps);
    expect(breaches.map((b) => b.reference)).toEqual([told.reference, none.reference, open.reference]);
    const csv = breachesCsv(breaches, clock.now)
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(csv).toHaveLength(4);
    expect(csv[0]).toContain("reference,title,awareAt,risk,authorityRequired,peopleRequired,deadline,clock");
    expect(csv.find((l) => l.startsWith(none.reference))).toContain("not_required");
    expect(csv.find((l) => l.startsWith(none.reference))).toContain("returned unopened");
    expect(csv.find((l) => l.startsWith(told.reference))).toContain("notified");
    expect(csv.find((l) => l.startsWith(open.reference))).toContain("running");
    const json = JSON.parse(breachesJson(breaches, clock.now)) as { reference: string; clock: { state: string } }[];
    expect(json.map((b) => [b.reference, b.clock.state]).sort()).toEqual(
      [
        [none.reference, "not_required"],
        [told.reference, "notified"],
        [open.reference, "running"],
      ].sort(),
    );
  });
});
