import { randomUUID } from "node:crypto";
import type { ConsoleHarness } from "./harness.js";
import type { ConsoleRoute } from "./routes.js";
import { fileVerified } from "./service.js";

/** An open task of a request in progress: what the officer may answer in the console. */
export const openTask = async (h: ConsoleHarness, tag: string) => {
  const { requestId } = await fileVerified(h.ctx, "access", `person-${tag}@example.nl`);
  await h.store.db.updateTable("requests").set({ status: "in_progress" }).where("id", "=", requestId).execute();
  const id = randomUUID();
  await h.store.db
    .insertInto("tasks")
    .values({
      id,
      request_id: requestId,
      system: "paper_archive",
      owner_name: "Anna Archief",
      owner_email: "archief@example.nl",
      owner_lang: "nl",
      due_on: "2025-03-15",
      created_at: h.clock.now.toISOString(),
      mailed_at: h.clock.now.toISOString(),
      reminded_before_at: null,
      reminded_due_at: null,
      escalated_at: null,
      answer: null,
      note_encrypted: null,
      answered_by: null,
      answered_at: null,
    })
    .execute();
  return id;
};

/** The console's task routes, for the authorization matrix in routes.ts. */
export const TASK_CONSOLE_ROUTES: ConsoleRoute[] = [
  { method: "GET", pattern: "/admin/tasks", permission: "requests.read", ok: 200 },
  {
    method: "POST",
    pattern: "/admin/tasks/:id/answer",
    permission: "requests.decide",
    target: openTask,
    fields: { answer: "done" },
    ok: 303,
  },
];
