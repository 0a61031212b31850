import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAudit } from "../../src/audit/store.js";
import { answerTask } from "../../src/requests/operations/answer-task.js";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { denyRequest } from "../../src/requests/operations/deny-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { remindTasks } from "../../src/requests/operations/remind-tasks.js";
import { tasksOfRequest } from "../../src/tasks/index.js";
import { describeEachStore } from "../helpers/stores.js";
import { type Fixture, lifecycleFixture } from "../requests/fixture.js";
import { ARCHIVE_OWNER, verified, withManualSystems } from "./fixture.js";

const OFFICER = "fg@klantwijs.example";

await describeEachStore("task reminders", (kind) => {
  describe("reminders and escalation on a clock the test sets", () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind, register: withManualSystems, start: "2026-03-02T09:00:00Z" });
    });
    afterAll(() => f.close());

    const mails = async (to: string, requestId: string) =>
      (await f.mailsTo(to)).filter((m) => m.text.includes(requestId)).map((m) => m.subject);

    it("reminds two days before and on the due date, escalates when overdue, each once", async () => {
      const filed = await verified(f, "erasure", f.emails[8]!);
      await approveRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer-1" });
      await processRequest(f.ctx, filed.requestId);
      const [task] = await tasksOfRequest(f.store.db, filed.requestId, "2026-03-02");
      expect(task!.dueOn).toBe("2026-03-12");
      expect(await mails(ARCHIVE_OWNER, filed.requestId)).toHaveLength(1);

      // Nothing is due yet.
      f.clock.set("2026-03-09T08:00:00Z");
      expect(await remindTasks(f.ctx)).toEqual({ reminded: 0, escalated: 0 });

      f.clock.set("2026-03-10T08:00:00Z");
      expect(await remindTasks(f.ctx)).toEqual({ reminded: 1, escalated: 0 });
      expect(await remindTasks(f.ctx)).toEqual({ reminded: 0, escalated: 0 });
      expect((await mails(ARCHIVE_OWNER, filed.requestId))[0]).toMatch(/^Herinnering: /);

      f.clock.set("2026-03-12T08:00:00Z");
      expect(await remindTasks(f.ctx)).toEqual({ reminded: 1, escalated: 0 });
      const dueMail = (await f.mailsTo(ARCHIVE_OWNER))[0]!;
      expect(dueMail.text).toContain("Vandaag is de laatste dag");
      // A fresh answer link in every reminder.
      expect(dueMail.text).toMatch(/\/task\/[\w-]+\.[0-9a-z]+\.[\w-]{43}$/m);

      f.clock.set("2026-03-13T08:00:00Z");
      const [one, two] = await Promise.all([remindTasks(f.ctx), remindTasks(f.ctx)]);
      expect(one.escalated + two.escalated).toBe(1);
      expect(await remindTasks(f.ctx)).toEqual({ reminded: 0, escalated: 0 });
      const escalations = (await f.mailsTo(OFFICER)).filter((m) => m.subject.includes(filed.requestId));
      expect(escalations).toHaveLength(1);
      expect(escalations[0]!.text).toContain("Paper archive");
      expect(escalations[0]!.text).toContain(`/admin/requests/${filed.requestId}`);
      // The officer's mail names the system and the request, not the person.
      expect(escalations[0]!.text).not.toContain(f.emails[8]!);
      expect(await mails(ARCHIVE_OWNER, filed.requestId)).toHaveLength(3);

      const audit = await readAudit(f.store, { subjectType: "task", subjectId: task!.id });
      expect(audit.map((a) => [a.action, (JSON.parse(a.data) as { step: string }).step])).toEqual([
        ["task.reminded", "reminded_before"],
        ["task.reminded", "reminded_due"],
        ["task.escalated", "escalated"],
      ]);
      await answerTask(f.ctx, task!.id, { answer: "done" }, "user:officer-1");
    });

    it("sends a sweep that first runs after the due date the day's reminder only, and none once answered", async () => {
      f.clock.set("2026-04-01T09:00:00Z");
      const filed = await verified(f, "erasure", f.emails[9]!);
      await approveRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer-1" });
      await processRequest(f.ctx, filed.requestId);
      const [task] = await tasksOfRequest(f.store.db, filed.requestId, "2026-04-01");
      f.clock.set("2026-04-20T09:00:00Z");
      expect(await remindTasks(f.ctx)).toEqual({ reminded: 1, escalated: 1 });
      expect((await mails(ARCHIVE_OWNER, filed.requestId)).filter((s) => s.startsWith("Herinnering"))).toHaveLength(1);
      await answerTask(f.ctx, task!.id, { answer: "nothing_found" }, "user:officer-1");
      f.clock.set("2026-04-25T09:00:00Z");
      expect(await remindTasks(f.ctx)).toEqual({ reminded: 0, escalated: 0 });
    });

    it("stops reminding about a request that was denied", async () => {
      f.clock.set("2026-05-04T09:00:00Z");
      const filed = await verified(f, "access", f.emails[3]!);
      await processRequest(f.ctx, filed.requestId);
      // A request in progress cannot be cancelled by the lifecycle; denied is the way it ends unanswered.
      await denyRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer-1", reason: "manifestly unfounded" });
      f.clock.set("2026-06-30T09:00:00Z");
      expect(await remindTasks(f.ctx)).toEqual({ reminded: 0, escalated: 0 });
    });
  });
});
