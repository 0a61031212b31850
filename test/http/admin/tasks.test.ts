import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tasksOfRequest } from "../../../src/tasks/index.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";
import { type ConsoleHarness, consoleHarness, get, post } from "./harness.js";
import { openTask } from "./task-routes.js";

await describeEachStore("the console's tasks", (kind) => {
  const testStore = useTestStore(kind);
  let h: ConsoleHarness;
  beforeEach(async () => {
    h = await consoleHarness(testStore());
  });
  afterEach(() => h.close());

  const requestOf = async (taskId: string) =>
    (await h.store.db.selectFrom("tasks").select("request_id").where("id", "=", taskId).executeTakeFirstOrThrow())
      .request_id;

  describe("lists, the queue and the request page", () => {
    it("shows open and overdue tasks, and the queue says what a request waits for", async () => {
      const taskId = await openTask(h, "a");
      const requestId = await requestOf(taskId);
      const open = await get(h.app, "/admin/tasks?lang=en", h.as.support);
      expect(open.statusCode).toBe(200);
      expect(open.body).toContain("paper_archive");
      expect(open.body).toContain(`/admin/requests/${requestId}#tasks`);
      const queue = await get(h.app, "/admin/requests?lang=en", h.as.support);
      expect(queue.body).toContain("waiting for 1 task");
      // Past its due date (the clock stays: the sessions would expire).
      await h.store.db.updateTable("tasks").set({ due_on: "2025-03-01" }).where("id", "=", taskId).execute();
      expect((await get(h.app, "/admin/tasks?lang=en", h.as.support)).body).toContain("No open tasks.");
      const dashboard = (await get(h.app, "/admin/dashboard?lang=en", h.as.support)).body;
      expect(dashboard).toContain('<dt>Waiting for tasks</dt><dd><a href="/admin/tasks">1</a></dd>');
      expect(dashboard).toContain('<dt>Tasks overdue</dt><dd><a href="/admin/tasks?state=overdue">1</a></dd>');
      expect((await get(h.app, "/admin/tasks?state=overdue&lang=en", h.as.support)).body).toContain(
        "<strong>Overdue</strong>",
      );
      // Support reads the tasks but is offered no answer form.
      const page = await get(h.app, `/admin/requests/${requestId}?lang=en`, h.as.support);
      expect(page.body).toContain('<h2 id="tasks">Tasks</h2>');
      expect(page.body).not.toContain(`/admin/tasks/${taskId}/answer`);
    });
  });

  it("names the tenant of a tenant's request on the tasks list and the request page, in both languages", async () => {
    const taskId = await openTask(h, "t");
    const requestId = await requestOf(taskId);
    await h.store.db.updateTable("requests").set({ tenant: "acme" }).where("id", "=", requestId).execute();
    expect((await get(h.app, "/admin/tasks?lang=en", h.as.support)).body).toContain("only the part of customer acme");
    expect((await get(h.app, "/admin/tasks?lang=nl", h.as.support)).body).toContain("alleen het deel van klant acme");
    const page = await get(h.app, `/admin/requests/${requestId}?lang=en`, h.as.support);
    expect(page.body).toContain("only the part of customer acme");
    // The company's own request names no tenant.
    const own = await openTask(h, "o");
    expect((await get(h.app, `/admin/requests/${await requestOf(own)}?lang=en`, h.as.support)).body).not.toContain(
      "only the part of customer",
    );
  });

  describe("the officer's answer", () => {
    it("records an answer with a file sent as multipart, and refuses files without the answer files", async () => {
      const taskId = await openTask(h, "b");
      const requestId = await requestOf(taskId);
      const officer = h.as.privacy_officer;
      const page = await get(h.app, `/admin/requests/${requestId}?lang=en`, officer);
      expect(page.body).toContain(`action="/admin/tasks/${taskId}/answer" enctype="multipart/form-data"`);
      const refused = await post(h.app, `/admin/tasks/${taskId}/answer?lang=en`, officer, { answer: "files" });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain("The answer was not recorded");

      const boundary = "----consoleBoundary";
      const part = (head: string, body: string) =>
        `--${boundary}\r\nContent-Disposition: form-data; ${head}\r\n\r\n${body}\r\n`;
      const payload =
        part('name="_csrf"', officer.csrf) +
        part('name="answer"', "files") +
        part('name="note"', "Copied by hand") +
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="sheet.csv"\r\nContent-Type: text/csv\r\n\r\na,b\r\n1,2\r\n` +
        `--${boundary}--\r\n`;
      const sent = await h.app.inject({
        method: "POST",
        url: `/admin/tasks/${taskId}/answer`,
        headers: { cookie: officer.cookie, "content-type": `multipart/form-data; boundary=${boundary}` },
        payload,
      });
      expect(sent.statusCode).toBe(303);
      expect(sent.headers.location).toBe(`/admin/requests/${requestId}?done=task#tasks`);
      const [task] = await tasksOfRequest(h.store.db, requestId, "2025-03-05");
      expect(task).toMatchObject({ answer: "files", files: [{ name: "sheet.csv", size: 8 }] });

      // A multipart post without the session's token is refused like any other form.
      const forged = await h.app.inject({
        method: "POST",
        url: `/admin/tasks/${taskId}/answer`,
        headers: { cookie: officer.cookie, "content-type": `multipart/form-data; boundary=${boundary}` },
        payload: part('name="answer"', "done") + `--${boundary}--\r\n`,
      });
      expect(forged.statusCode).toBe(403);
      const again = await post(h.app, `/admin/tasks/${taskId}/answer`, officer, { answer: "done" });
      expect(again.statusCode).toBe(409);
    });
  });
});
