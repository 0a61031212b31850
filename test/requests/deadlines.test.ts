import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseDeadline } from "../../src/deadlines/index.js";
import { FinishedError, OperationError } from "../../src/requests/errors.js";
import { denyRequest } from "../../src/requests/operations/deny-request.js";
import { extendRequest } from "../../src/requests/operations/extend-request.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { pauseClock } from "../../src/requests/operations/pause-clock.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { resumeClock } from "../../src/requests/operations/resume-clock.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { TransitionError } from "../../src/requests/states.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";
import { describeEachStore } from "../helpers/stores.js";

const DAY = 86_400_000;

await describeEachStore("deadlines", (kind) => {
  describe("deadlines of a request", () => {
    let f: Fixture;
    beforeAll(async () => {
      // Thursday 5 March 2026, 10:00 in Amsterdam: one month ends on Easter Sunday 5 April, Easter
      // Monday is a holiday, so the answer is due on Tuesday 7 April.
      f = await lifecycleFixture({ store: kind, start: "2026-03-05T09:00:00Z" });
    });
    afterAll(() => f.close());

    async function filed(email: string, lang: "nl" | "en") {
      const request = await fileRequest(f.ctx, { type: "access", identities: [{ type: "email", value: email }], lang });
      await verifyRequest(f.ctx, { ...request, code: await f.codeFor(email, request.statusToken) });
      return request;
    }

    it("takes its due date from the deadline rules for the day received", async () => {
      const request = await filed(f.emails[0]!, "en");
      const row = await f.store.db
        .selectFrom("requests")
        .selectAll()
        .where("id", "=", request.requestId)
        .executeTakeFirst();
      expect(row!.due_at).toBe("2026-04-07");
      expect(row!.due_at).toBe(responseDeadline(new Date("2026-03-05T09:00:00Z"), { calendar: f.ctx.calendar }).due);
      expect(await requestStatus(f.ctx, request.statusToken)).toMatchObject({
        receivedOn: "2026-03-05",
        due: "2026-04-07",
        daysLeft: 33,
        overdue: false,
        extended: false,
      });
    });

    it("extends inside the first month with reasons, and tells the requester in their language", async () => {
      const email = f.emails[1]!;
      const request = await filed(email, "nl");
      f.clock.set("2026-03-20T10:00:00Z");
      const result = await extendRequest(f.ctx, {
        requestId: request.requestId,
        actor: "user:officer",
        months: 2,
        reason: "Uw gegevens staan in veel systemen.",
      });
      expect(result).toEqual({ due: "2026-06-05" });
      expect(await requestStatus(f.ctx, request.statusToken)).toMatchObject({
        due: "2026-06-05",
        extended: true,
        extensionReason: "Uw gegevens staan in veel systemen.",
      });
      const mail = (await f.mailsTo(email)).find((m) => m.subject === "Wij hebben meer tijd nodig voor uw verzoek")!;
      expect(mail.lang).toBe("nl");
      expect(mail.text).toContain("met 2 maanden");
      expect(mail.text).toContain("> Uw gegevens staan in veel systemen.");
      expect(mail.text).toContain("uiterlijk op 5 juni 2026");
      await expect(
        extendRequest(f.ctx, { requestId: request.requestId, actor: "user:officer", months: 1, reason: "Nog meer." }),
      ).rejects.toMatchObject({ field: "months", message: expect.stringContaining("2 further months at most") });
    });

    it("refuses an extension after the first month, without a reason, or of more than two months", async () => {
      f.clock.set("2026-03-05T09:00:00Z");
      const email = f.emails[2]!;
      const request = await filed(email, "en");
      const extend = (months: number, reason: string) =>
        extendRequest(f.ctx, { requestId: request.requestId, actor: "user:officer", months, reason });
      await expect(extend(1, "  ")).rejects.toMatchObject({ field: "reason" });
      await expect(extend(3, "Many requests.")).rejects.toMatchObject({ field: "months" });
      f.clock.set("2026-04-08T08:00:00Z");
      const late = extend(1, "Many requests.");
      await expect(late).rejects.toThrow(OperationError);
      await expect(late).rejects.toMatchObject({
        field: "months",
        message: expect.stringContaining("first period ended on 2026-04-07"),
      });
      expect((await f.mailsTo(email)).some((m) => m.subject.includes("more time"))).toBe(false);
    });

    it("pausing stops the clock and resuming moves the deadline by the days it stood still", async () => {
      f.clock.set("2026-03-05T09:00:00Z");
      const request = await filed(f.emails[3]!, "en");
      f.clock.set("2026-03-10T09:00:00Z");
      await pauseClock(f.ctx, {
        requestId: request.requestId,
        actor: "user:officer",
        reason: "asked for proof of identity",
      });
      expect(await requestStatus(f.ctx, request.statusToken)).toMatchObject({
        paused: true,
        due: null,
        daysLeft: null,
      });
      await expect(pauseClock(f.ctx, { requestId: request.requestId, actor: "user:officer" })).rejects.toThrow(
        "already paused",
      );
      f.clock.advance(10 * DAY);
      // The month ends on 5 April; ten paused days later is Wednesday 15 April, a working day.
      expect(await resumeClock(f.ctx, { requestId: request.requestId, actor: "user:officer" })).toEqual({
        due: "2026-04-15",
      });
      expect(await requestStatus(f.ctx, request.statusToken)).toMatchObject({
        paused: false,
        due: "2026-04-15",
        pausedDays: 10,
      });
      const events = (await requestStatus(f.ctx, request.statusToken)).events.map((e) => e.kind);
      expect(events).toEqual(expect.arrayContaining(["clock_paused", "clock_resumed"]));
      await expect(resumeClock(f.ctx, { requestId: request.requestId, actor: "user:officer" })).rejects.toThrow(
        "not paused",
      );
    });

    it("a denial stores the reasons and mails them with the AP complaint route, in the requester's language", async () => {
      const email = f.emails[4]!;
      const request = await filed(email, "nl");
      await expect(
        denyRequest(f.ctx, { requestId: request.requestId, actor: "user:officer", reason: "" }),
      ).rejects.toMatchObject({
        field: "reason",
      });
      await denyRequest(f.ctx, {
        requestId: request.requestId,
        actor: "user:officer",
        reason: "Dit is het vijfde gelijke verzoek deze maand.",
      });
      expect(await requestStatus(f.ctx, request.statusToken)).toMatchObject({
        status: "denied",
        denialReason: "Dit is het vijfde gelijke verzoek deze maand.",
      });
      const mail = (await f.mailsTo(email)).find((m) => m.subject === "Wij kunnen uw verzoek niet uitvoeren")!;
      expect(mail.text).toContain("> Dit is het vijfde gelijke verzoek deze maand.");
      expect(mail.text).toContain("Autoriteit Persoonsgegevens (https://autoriteitpersoonsgegevens.nl)");
      expect(mail.text).toContain("naar de rechter");
      await expect(
        denyRequest(f.ctx, { requestId: request.requestId, actor: "user:officer", reason: "again" }),
      ).rejects.toThrow(TransitionError);
      const late = extendRequest(f.ctx, {
        requestId: request.requestId,
        actor: "user:officer",
        months: 1,
        reason: "x",
      });
      await expect(late).rejects.toThrow(FinishedError);
      await expect(late).rejects.toThrow("the request is denied: its clock has stopped");
      const audit = await f.store.db
        .selectFrom("audit_log")
        .select("data")
        .where("action", "=", "request.deny")
        .execute();
      expect(audit[0]!.data).not.toContain("vijfde");
      expect(JSON.parse(audit[0]!.data).reason_sha256).toMatch(/^[0-9a-f]{64}$/);
    });
  });
});
