import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readAudit } from "../../src/audit/store.js";
import { buildApp } from "../../src/http/app.js";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { denyRequest } from "../../src/requests/operations/deny-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { remindTasks } from "../../src/requests/operations/remind-tasks.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { sendTaskWebhook } from "../../src/requests/operations/send-task-webhook.js";
import { answerTaskByLink, taskByLink } from "../../src/requests/operations/task-link.js";
import { recordSystemOutcome } from "../../src/requests/process/systems.js";
import { readEvents } from "../../src/requests/records.js";
import { SIGNATURE_HEADER, signWebhook } from "../../src/requests/webhook-signature.js";
import type { Register } from "../../src/register/schema/register.js";
import { listTasks, openTasksOf, TASK_PATH, taskHookUrl, tasksOfRequest } from "../../src/tasks/index.js";
import { describeEachStore } from "../helpers/stores.js";
import { type Fixture, lifecycleFixture } from "../requests/fixture.js";
import { ARCHIVE_OWNER, answerToken, verified, withManualSystems } from "./fixture.js";

const SECRET = "crm-webhook-secret-0123456789";

/** The paper archive (manual) and the CRM (a webhook system), both reached by access and erasure. */
function withArchiveAndCrm(register: Register): Register {
  const manual = withManualSystems(register).datasets!.systems;
  return {
    ...register,
    datasets: {
      ...register.datasets!,
      systems: {
        paper_archive: manual.paper_archive!,
        crm: {
          kind: "webhook",
          name: "Customer CRM",
          url_env: "CRM_HOOK_URL",
          secret_env: "CRM_HOOK_SECRET",
          requests: ["access", "erasure"],
          categories: ["contact.name"],
          due_within: "10 days",
        },
      },
    },
  };
}

await describeEachStore("the order of the engine and the tasks", (kind) => {
  describe("an erasure that reaches a manual system", () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind, register: withManualSystems });
    });
    afterAll(() => f.close());
    beforeEach(() => f.clock.set("2026-03-02T09:00:00Z"));

    const usersOf = (email: string) => f.demo.db.selectFrom("users").select("id").where("email", "=", email).execute();

    it("erases the database's rows while the task is open, and completes with that outcome once answered", async () => {
      const email = f.emails[11]!;
      expect(await usersOf(email)).toHaveLength(1);
      const filed = await verified(f, "erasure", email);
      await approveRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer-1" });
      expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "in_progress" });
      expect(await openTasksOf(f.store.db, filed.requestId)).toBe(1);
      // Gone now, not once the archive's owner has answered.
      expect(await usersOf(email)).toEqual([]);

      // A retried job, and two workers at once, while the task is open: the record of the engine
      // stands as the first run made it, and no second task or mail is made.
      await processRequest(f.ctx, filed.requestId);
      await Promise.all([processRequest(f.ctx, filed.requestId), processRequest(f.ctx, filed.requestId)]);
      let events = await readEvents(f.store.db, filed.requestId);
      const engine = events.filter((e) => e.kind === "engine_done");
      expect(engine).toHaveLength(1);
      const erased = (engine[0]!.data.data as { collections: { collection: string; erased: number }[] }).collections;
      expect(erased.find((c) => c.collection === "users")?.erased).toBe(1);
      expect(events.filter((e) => e.kind === "task_created")).toHaveLength(1);
      expect((await f.mailsTo(ARCHIVE_OWNER)).filter((m) => m.text.includes(filed.requestId))).toHaveLength(1);
      // The person's status page says the databases are done while the request waits.
      const waiting = await requestStatus(f.ctx, filed.statusToken);
      expect(waiting.status).toBe("in_progress");
      expect(waiting.events.map((e) => e.kind)).toContain("engine_done");

      f.clock.advance(5 * 86_400_000);
      await answerTaskByLink(f.ctx, await answerToken(f, ARCHIVE_OWNER, filed.requestId), { answer: "done" });
      const { status } = await processRequest(f.ctx, filed.requestId);
      expect(["completed", "partially_completed"]).toContain(status);
      events = await readEvents(f.store.db, filed.requestId);
      const completion = events.find((e) => e.kind === "complete" || e.kind === "complete_partially")!;
      // What the engine erased five days before, not the nothing a run now would find.
      expect(completion.data.collections).toEqual((engine[0]!.data.data as { collections: unknown }).collections);
      expect(completion.data.kept).toEqual((engine[0]!.data.data as { kept: unknown }).kept);
      expect(completion.data.tasks).toEqual([{ system: "paper_archive", answer: "done", files: 0 }]);
      const audit = await readAudit(f.store, { subjectId: filed.requestId });
      const completed = audit.find((a) => a.action.startsWith("request.complete"))!;
      expect((JSON.parse(completed.data) as { erased: number }).erased).toBeGreaterThan(0);
      // The order in the history: the engine's record before the task, the completion after the answer.
      const kinds = events.map((e) => e.kind);
      expect(kinds.indexOf("engine_done")).toBeLessThan(kinds.indexOf("task_created"));
      expect(kinds.indexOf("task_answered")).toBeLessThan(kinds.indexOf(completion.kind));
    });

    it("completes an erasure that reaches no manual system at once, without a separate record", async () => {
      f.ctx.register = { ...f.ctx.register, datasets: { ...f.ctx.register.datasets!, systems: {} } };
      try {
        const filed = await verified(f, "erasure", f.emails[12]!);
        await approveRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer-1" });
        expect(["completed", "partially_completed"]).toContain((await processRequest(f.ctx, filed.requestId)).status);
        const kinds = (await readEvents(f.store.db, filed.requestId)).map((e) => e.kind);
        expect(kinds).not.toContain("engine_done");
      } finally {
        f.ctx.register = withManualSystems(f.ctx.register);
      }
    });

    it("records each HTTP system's outcome once per request and operation, a failure followed by its retry", async () => {
      const filed = await verified(f, "erasure", f.emails[13]!);
      const record = recordSystemOutcome(f.ctx, filed.requestId, "erasure");
      await record({ system: "mailchimp", outcome: "failed", records: 0, reason: "HTTP 503" });
      await record({ system: "mailchimp", outcome: "erased", records: 1 });
      // The re-run after a crash: the member is gone, and the first "erased" stands.
      await record({ system: "mailchimp", outcome: "not_found", records: 0 });
      await record({ system: "mailchimp", outcome: "erased", records: 1 });
      await record({ system: "stripe", outcome: "erased", records: 2 });
      const recorded = (await readEvents(f.store.db, filed.requestId))
        .filter((e) => e.kind === "system_erasure")
        .map((e) => [e.data.system, e.data.outcome]);
      expect(recorded).toEqual([
        ["mailchimp", "failed"],
        ["mailchimp", "erased"],
        ["stripe", "erased"],
      ]);
      // Another operation on the same system is a fact of its own.
      await recordSystemOutcome(
        f.ctx,
        filed.requestId,
        "access",
      )({ system: "mailchimp", outcome: "found", records: 1 });
      const audit = await readAudit(f.store, { subjectId: filed.requestId });
      expect(audit.filter((a) => a.action.startsWith("request.system_"))).toHaveLength(4);
    });
  });

  describe("a request denied while its tasks are open", () => {
    let f: Fixture;
    let app: FastifyInstance;
    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind, register: withArchiveAndCrm });
      f.ctx.env.CRM_HOOK_SECRET = SECRET;
      app = buildApp(f.ctx);
    });
    afterAll(async () => {
      await app.close();
      await f.close();
    });

    it("withdraws them: no reminders, the answer page says no longer needed, a late callback is refused", async () => {
      f.clock.set("2026-03-02T09:00:00Z");
      const filed = await verified(f, "access", f.emails[14]!);
      await processRequest(f.ctx, filed.requestId);
      const tasks = await tasksOfRequest(f.store.db, filed.requestId, "2026-03-02");
      expect(tasks.map((t) => [t.system, t.state])).toEqual([
        ["crm", "open"],
        ["paper_archive", "open"],
      ]);
      const crm = tasks.find((t) => t.system === "crm")!;
      const hook = new URL(taskHookUrl(f.ctx, crm.id)).pathname;
      const token = await answerToken(f, ARCHIVE_OWNER, filed.requestId);

      await denyRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer-1", reason: "manifestly unfounded" });
      const closed = await tasksOfRequest(f.store.db, filed.requestId, "2026-03-02");
      expect(closed.map((t) => [t.system, t.state, t.answer])).toEqual([
        ["crm", "withdrawn", "withdrawn"],
        ["paper_archive", "withdrawn", "withdrawn"],
      ]);
      expect(await openTasksOf(f.store.db, filed.requestId)).toBe(0);
      expect((await listTasks(f.store.db, "withdrawn", "2026-03-02")).map((t) => t.requestId)).toContain(
        filed.requestId,
      );
      expect((await listTasks(f.store.db, "answered", "2026-03-02")).map((t) => t.requestId)).not.toContain(
        filed.requestId,
      );
      const events = await readEvents(f.store.db, filed.requestId);
      const withdrawn = events.find((e) => e.kind === "tasks_withdrawn")!;
      expect(withdrawn.actor).toBe("user:officer-1");
      expect(withdrawn.data.tasks).toEqual([
        { task_id: crm.id, system: "crm" },
        { task_id: tasks.find((t) => t.system === "paper_archive")!.id, system: "paper_archive" },
      ]);
      const audit = await readAudit(f.store, { subjectId: filed.requestId });
      expect(audit.some((a) => a.action === "request.tasks_withdrawn")).toBe(true);

      expect(await taskByLink(f.ctx, token)).toMatchObject({ answerable: false, state: "withdrawn" });
      for (const [lang, words] of [
        ["en", "the task is no longer needed"],
        ["nl", "de taak hoeft niet meer"],
      ] as const) {
        const page = await app.inject({ method: "GET", url: `${TASK_PATH}${token}?lang=${lang}` });
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain(words);
        expect(page.body).not.toContain('name="answer"');
      }
      await expect(answerTaskByLink(f.ctx, token, { answer: "done" })).rejects.toMatchObject({ kind: "closed" });

      const body = JSON.stringify({ status: "done" });
      const late = await app.inject({
        method: "POST",
        url: hook,
        headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signWebhook(SECRET, body, f.ctx.now()) },
        payload: body,
      });
      expect(late.statusCode).toBe(409);
      expect(late.json()).toMatchObject({ error: { code: "closed" } });

      // Past every due date: no reminder and no escalation about a withdrawn task.
      f.clock.set("2026-03-30T09:00:00Z");
      expect(await remindTasks(f.ctx)).toEqual({ reminded: 0, escalated: 0 });
      // The CRM's request was still queued: it is not sent any more (its URL is not even set here).
      await expect(sendTaskWebhook(f.ctx, crm.id)).resolves.toBeUndefined();

      // Nothing of the late answers reached the tasks.
      const after = await tasksOfRequest(f.store.db, filed.requestId, "2026-03-30");
      expect(after.every((t) => t.answer === "withdrawn")).toBe(true);
    });
  });
});
