import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readAudit } from "../../src/audit/store.js";
import { answerTask } from "../../src/requests/operations/answer-task.js";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { downloadPackage } from "../../src/requests/operations/download-package.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { answerTaskByLink, taskByLink } from "../../src/requests/operations/task-link.js";
import { readEvents } from "../../src/requests/records.js";
import { PROCESS_QUEUE } from "../../src/requests/processing.js";
import { requeueStranded } from "../../src/requests/operations/requeue-stranded.js";
import { tasksOfRequest } from "../../src/tasks/index.js";
import { describeEachStore } from "../helpers/stores.js";
import { type Fixture, lifecycleFixture, unzip } from "../requests/fixture.js";
import { ARCHIVE_OWNER, answerToken, SHEET_OWNER, verified, withManualSystems } from "./fixture.js";

await describeEachStore("manual tasks", (kind) => {
  describe("a request that reaches manual systems", () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind, register: withManualSystems });
    });
    afterAll(() => f.close());
    beforeEach(() => f.clock.set("2026-03-02T09:00:00Z"));

    it("stays in progress while a task is open, and completes with the files in its package", async () => {
      const email = f.emails[2]!;
      const filed = await verified(f, "access", email);
      expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "in_progress" });
      // Run again, as a retried job would: no second task, no second mail.
      expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "in_progress" });
      const tasks = await tasksOfRequest(f.store.db, filed.requestId, "2026-03-02");
      expect(tasks.map((t) => [t.system, t.state, t.dueOn])).toEqual([
        ["paper_archive", "open", "2026-03-12"],
        // 30 days would pass the request's deadline (2 April): due five days before it.
        ["sales_sheet", "open", "2026-03-28"],
      ]);
      const archiveMails = (await f.mailsTo(ARCHIVE_OWNER)).filter((m) => m.text.includes(filed.requestId));
      expect(archiveMails).toHaveLength(1);
      expect(archiveMails[0]!.text).toContain("Zoek de map van de klant.");
      expect(archiveMails[0]!.text).toContain(`email: ${email}`);
      // The identity is in the body only: never in the subject or the link.
      expect(archiveMails[0]!.subject).not.toContain(email);
      const token = await answerToken(f, ARCHIVE_OWNER, filed.requestId);
      expect(token).not.toContain(email);

      const view = await taskByLink(f.ctx, token);
      expect(view).toMatchObject({ systemName: "Paper archive", lang: "nl", answerable: true, state: "open" });
      const scan = Buffer.from("%PDF-1.4 scanned folder");
      expect(
        await answerTaskByLink(f.ctx, token, {
          answer: "files",
          note: "One folder found, scanned.",
          files: [{ name: "../folder.pdf", mediaType: "application/pdf", content: scan }],
        }),
      ).toEqual({ requestId: filed.requestId, openLeft: 1 });
      expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("in_progress");
      // Waiting for a task is not being stranded: the housekeeping sweep leaves the request alone.
      f.clock.advance(3_600_000);
      expect(await requeueStranded(f.ctx)).toEqual({ requeued: 0, givenUp: 0 });
      // The file is stored encrypted: its bytes are nowhere in the store's row.
      const stored = await f.store.db.selectFrom("task_files").select(["name", "content"]).execute();
      expect(stored.map((s) => s.name)).toEqual(["folder.pdf"]);
      expect(Buffer.from(stored[0]!.content).includes(scan)).toBe(false);

      const sheet = tasks.find((t) => t.system === "sales_sheet")!;
      expect(await answerTask(f.ctx, sheet.id, { answer: "nothing_found" }, "user:officer-1")).toEqual({
        requestId: filed.requestId,
        openLeft: 0,
      });
      // The last answer hands the request back to the workers.
      const jobs = await f.store.db
        .selectFrom("jobs")
        .select(["queue", "payload"])
        .where("state", "=", "queued")
        .execute();
      expect(jobs.some((j) => j.queue === PROCESS_QUEUE && j.payload.includes(filed.requestId))).toBe(true);

      expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "completed" });
      const url = (await requestStatus(f.ctx, filed.statusToken)).download!.url;
      const files = await unzip((await downloadPackage(f.ctx, url.slice(url.lastIndexOf("/") + 1))).content);
      // Both: the database's rows and the archive's file, and the readable answer names both systems.
      expect(JSON.parse(files.get("data.json")!.toString()).collections.users.rows[0].email).toBe(email);
      expect(files.get("systems/paper_archive/folder.pdf")).toEqual(scan);
      const html = files.get("index.html")!.toString();
      expect(html).toContain("Paper archive");
      expect(html).toContain("One folder found, scanned.");
      expect(html).toContain("Sales spreadsheet");
      expect(html).toContain("Nothing about you was found in this system.");

      const events = await readEvents(f.store.db, filed.requestId);
      expect(events.filter((e) => e.kind === "task_created")).toHaveLength(2);
      expect(events.filter((e) => e.kind === "task_answered").map((e) => [e.actor, e.data.answer])).toEqual([
        ["owner", "files"],
        ["user:officer-1", "nothing_found"],
      ]);
      expect(events.find((e) => e.kind === "complete")!.data.tasks).toEqual([
        { system: "paper_archive", answer: "files", files: 1 },
        { system: "sales_sheet", answer: "nothing_found", files: 0 },
      ]);
      const audit = await readAudit(f.store, { subjectId: filed.requestId });
      const answered = audit.filter((a) => a.action === "request.task_answered");
      expect(answered).toHaveLength(2);
      // The audit log keeps counts, never the note.
      expect(JSON.stringify(answered)).not.toContain("scanned");
    });

    it("completes an erasure once the archive's owner answers done", async () => {
      const email = f.emails[4]!;
      const filed = await verified(f, "erasure", email);
      await approveRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer-1" });
      expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "in_progress" });
      const [task, ...others] = await tasksOfRequest(f.store.db, filed.requestId, "2026-03-02");
      // The sheet is reached by access only.
      expect(others).toEqual([]);
      expect(task!.system).toBe("paper_archive");
      const mail = (await f.mailsTo(ARCHIVE_OWNER)).filter((m) => m.text.includes(filed.requestId)).at(-1)!;
      expect(mail.text).toContain("Versnipper de map van de klant.");
      const token = await answerToken(f, ARCHIVE_OWNER, filed.requestId);
      expect((await answerTaskByLink(f.ctx, token, { answer: "done" })).openLeft).toBe(0);
      // A second answer by the same link is refused: the first stands.
      await expect(answerTaskByLink(f.ctx, token, { answer: "nothing_found" })).rejects.toMatchObject({
        kind: "answered",
      });
      const { status } = await processRequest(f.ctx, filed.requestId);
      expect(["completed", "partially_completed"]).toContain(status);
      // A finished request takes no answers at all.
      await expect(answerTaskByLink(f.ctx, token, { answer: "done" })).rejects.toMatchObject({ kind: "closed" });
      const events = await readEvents(f.store.db, filed.requestId);
      const completion = events.find((e) => e.kind === "complete" || e.kind === "complete_partially")!;
      expect(completion.data.tasks).toEqual([{ system: "paper_archive", answer: "done", files: 0 }]);
      const rows = await f.demo.db.selectFrom("users").select("email").where("email", "=", email).execute();
      expect(rows).toEqual([]);
    });

    it("refuses a forged or expired answer link, and an answer that is not one", async () => {
      const filed = await verified(f, "access", f.emails[6]!);
      await processRequest(f.ctx, filed.requestId);
      const token = await answerToken(f, SHEET_OWNER, filed.requestId);
      const [id, expires, signature] = token.split(".");
      const flipped = `${signature!.slice(0, -1)}${signature!.endsWith("0") ? "1" : "0"}`;
      await expect(taskByLink(f.ctx, `${id}.${expires}.${flipped}`)).rejects.toMatchObject({ kind: "not_found" });
      // A longer expiry written into the link breaks its signature.
      await expect(taskByLink(f.ctx, `${id}.zzzzzzz.${signature}`)).rejects.toMatchObject({ kind: "not_found" });
      await expect(answerTaskByLink(f.ctx, `${id}.${expires}.${flipped}`, { answer: "done" })).rejects.toMatchObject({
        kind: "not_found",
      });
      await expect(answerTaskByLink(f.ctx, token, { answer: "files" })).rejects.toMatchObject({
        kind: "invalid",
        field: "files",
      });
      await expect(answerTaskByLink(f.ctx, token, { answer: "maybe" })).rejects.toMatchObject({ field: "answer" });
      f.clock.advance(22 * 86_400_000);
      await expect(taskByLink(f.ctx, token)).rejects.toMatchObject({ kind: "expired" });
      await expect(answerTaskByLink(f.ctx, token, { answer: "done" })).rejects.toMatchObject({ kind: "expired" });
      const tasks = await tasksOfRequest(f.store.db, filed.requestId, "2026-03-24");
      expect(tasks.every((t) => t.answer === null)).toBe(true);
    });
  });
});
