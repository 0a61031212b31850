import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { dashboardStats, lastMonths } from "../../src/requests/operations/dashboard-stats.js";
import { DUPLICATE_DAYS, fileRequest } from "../../src/requests/operations/file-request.js";
import { listRequests } from "../../src/requests/operations/list-requests.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { requestDetail } from "../../src/requests/operations/request-detail.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";
import { describeEachStore } from "../helpers/stores.js";

const DAY = 86_400_000;

await describeEachStore("the privacy officer's views", (kind) => {
  describe("the privacy officer's views", () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind, start: "2026-01-05T09:00:00Z" });
    });
    afterAll(() => f.close());

    const file = (email: string, type = "access") =>
      fileRequest(f.ctx, { type, identities: [{ type: "email", value: email }], lang: "en" });

    it("flags a second identical request within 30 days as a duplicate, not another type or a later one", async () => {
      const email = f.emails[0]!;
      const first = await file(email);
      f.clock.advance(3 * DAY);
      const second = await file(email.toUpperCase());
      const otherType = await file(email, "erasure");
      f.clock.advance((DUPLICATE_DAYS + 1) * DAY);
      const later = await file(email);
      const flagged = async (id: string) =>
        (
          await f.store.db
            .selectFrom("request_events")
            .select("data")
            .where("request_id", "=", id)
            .where("kind", "=", "duplicate_of")
            .execute()
        ).map((e) => JSON.parse(e.data).request_id);
      expect(await flagged(second.requestId)).toEqual([first.requestId]);
      expect(await flagged(otherType.requestId)).toEqual([]);
      expect(await flagged(first.requestId)).toEqual([]);
      expect(await flagged(later.requestId)).toEqual([]);
      const listed = await listRequests(f.ctx, { status: "all" });
      expect(listed.find((r) => r.id === second.requestId)?.duplicateOf).toBe(first.requestId);
      expect(listed.find((r) => r.id === later.requestId)?.duplicateOf).toBeNull();
    });

    it("lists open requests by deadline with overdue and due-soon marks", async () => {
      f.clock.set("2026-03-02T09:00:00Z");
      const listed = await listRequests(f.ctx);
      expect(listed.map((r) => r.deadline.due)).toEqual([...listed.map((r) => r.deadline.due)].sort());
      const overdue = listed.filter((r) => r.deadline.overdue);
      expect(overdue.length).toBe(3); // the three January requests, due early February
      const fresh = await file(f.emails[1]!);
      f.clock.advance(25 * DAY);
      const soon = (await listRequests(f.ctx)).find((r) => r.id === fresh.requestId)!;
      expect(soon.deadline).toMatchObject({ overdue: false, dueSoon: true, daysLeft: 6 });
    });

    it("shows a request in full: identities, plan preview with SQL, possible actions, events and audit trail", async () => {
      const email = f.emails[2]!;
      const request = await file(email, "erasure");
      await verifyRequest(f.ctx, { ...request, code: await f.codeFor(email, request.statusToken) });
      const detail = await requestDetail(f.ctx, request.requestId);
      expect(detail.identities).toEqual([{ type: "email", value: email }]);
      expect(detail.request).not.toHaveProperty("identities_encrypted");
      expect(detail.request).not.toHaveProperty("status_token_hash");
      expect(detail.request.status).toBe("awaiting_approval");
      expect(detail.actions).toEqual(["approve", "deny", "cancel"]);
      expect(detail.plan!.steps.map((s) => s.collection)).toEqual(expect.arrayContaining(["users", "invoices"]));
      expect(detail.plan!.steps.find((s) => s.collection === "users")!.queries[0]).toMatch(
        /select \* from "users" where lower\(trim\("email"\)\) in/,
      );
      expect(detail.events.map((e) => e.kind)).toEqual(["received", "send_code", "verify", "require_approval"]);
      expect(detail.audit.map((a) => a.action)).toEqual(detail.events.map((e) => `request.${e.kind}`));
      expect(detail.deadlineExplained.join(" ")).toMatch(/\d/);
    });

    it("counts requests per month and the share answered on time", async () => {
      const email = f.emails[3]!;
      const request = await file(email);
      await verifyRequest(f.ctx, { ...request, code: await f.codeFor(email, request.statusToken) });
      await processRequest(f.ctx, request.requestId);
      const late = await file(f.emails[4]!, "erasure");
      await verifyRequest(f.ctx, { ...late, code: await f.codeFor(f.emails[4]!, late.statusToken) });
      f.clock.advance(40 * DAY);
      await approveRequest(f.ctx, { requestId: late.requestId, actor: "user:officer" });
      await processRequest(f.ctx, late.requestId);
      const stats = await dashboardStats(f.ctx, { months: 6 });
      expect(stats.perMonth.map((m) => m.month)).toEqual([
        "2025-12",
        "2026-01",
        "2026-02",
        "2026-03",
        "2026-04",
        "2026-05",
      ]);
      const byMonth = Object.fromEntries(stats.perMonth.map((m) => [m.month, m.received]));
      expect(byMonth).toMatchObject({ "2025-12": 0, "2026-01": 3, "2026-02": 1, "2026-03": 4 });
      expect(stats.perMonth.find((m) => m.month === "2026-03")!.byType).toMatchObject({ access: 2, erasure: 2 });
      expect(stats).toMatchObject({ answered: 2, onTime: 1, onTimeRate: 0.5 });
      expect(stats.open).toBe(stats.overdue + (await listRequests(f.ctx)).filter((r) => !r.deadline.overdue).length);
    });

    it("knows months across a year's end", () => {
      expect(lastMonths("2026-02", 4)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    });
  });
});
