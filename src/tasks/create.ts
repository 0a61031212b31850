import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { ServiceContext } from "../context/index.js";
import { calendarDate } from "../deadlines/index.js";
import type { Identity, RequestType } from "../kernel/index.js";
import { localize } from "../register/index.js";
import type { StoreSchema, TasksTable } from "../store/index.js";
import { taskDueOn } from "./due.js";
import { instructionsFor } from "./instructions.js";
import { taskAnswerUrl } from "./links.js";
import { taskMail } from "./mail.js";
import { systemsReached } from "./reach.js";
import type { TaskRow } from "./read.js";

/** What a task is made for: the request's id, type and deadline. */
export interface TaskRequest {
  id: string;
  type: RequestType;
  /** YYYY-MM-DD: the request's Art. 12(3) deadline as it stands. */
  dueOn: string;
  /** The tenant whose request it is: the owner searches only that customer's part. None: the company's own. */
  tenant?: string;
}

/**
 * Inserts the tasks a request of its type needs, one per manual system that type reaches, and returns
 * only those this call inserted. Idempotent: the unique index on (request, system) makes a second
 * run, or a second worker, insert none, so the caller records a creation only once.
 */
export async function insertTasksIn(
  ctx: ServiceContext,
  db: Kysely<StoreSchema>,
  request: TaskRequest,
): Promise<TaskRow[]> {
  const now = ctx.now();
  const inserted: TaskRow[] = [];
  for (const reached of systemsReached(ctx.register, request.type, request.tenant)) {
    const row: TasksTable = {
      id: randomUUID(),
      request_id: request.id,
      system: reached.key,
      owner_name: reached.owner.name,
      owner_email: reached.owner.email,
      owner_lang: reached.owner.lang,
      due_on: taskDueOn(now, ctx.calendar.timeZone, reached.system.due_within, calendarDate(request.dueOn)),
      created_at: now.toISOString(),
      mailed_at: null,
      reminded_before_at: null,
      reminded_due_at: null,
      escalated_at: null,
      answer: null,
      note_encrypted: null,
      answered_by: null,
      answered_at: null,
    };
    const result = await db
      .insertInto("tasks")
      .values(row)
      .onConflict((oc) => oc.columns(["request_id", "system"]).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0n) > 0) inserted.push(row);
  }
  return inserted;
}

/**
 * Mails the owner of every task of the request not mailed yet. Each mail is marked sent after it went:
 * at least once, as the request's other mails are (see requests/process/follow-up.ts); a worker that
 * dies in between mails again on the retry. The identities go in the body, which the owner needs.
 */
export async function mailNewTasks(
  ctx: ServiceContext,
  request: TaskRequest,
  identities: readonly Identity[],
): Promise<number> {
  const unsent = await ctx.store.db
    .selectFrom("tasks")
    .selectAll()
    .where("request_id", "=", request.id)
    .where("mailed_at", "is", null)
    // A task withdrawn with its request before its mail went out is not sent.
    .where("answer", "is", null)
    // A webhook system's task has no address: it goes out as a signed request in a job of its own.
    .where("owner_email", "!=", "")
    .execute();
  for (const task of unsent) {
    await ctx.mailer.send({
      to: task.owner_email,
      ...taskMail(taskMailFacts(ctx, task, request.type, identities, request.tenant)),
    });
    await ctx.store.db
      .updateTable("tasks")
      .set({ mailed_at: ctx.now().toISOString() })
      .where("id", "=", task.id)
      .execute();
  }
  return unsent.length;
}

/** What a task's mail and its reminders say; the system's name and text as the register has them now. */
export function taskMailFacts(
  ctx: ServiceContext,
  task: TaskRow,
  type: RequestType,
  identities: readonly Identity[],
  tenant?: string,
) {
  const lang = task.owner_lang === "en" ? "en" : "nl";
  const found = ctx.register.datasets?.systems[task.system];
  const system = found?.kind === "manual" ? found : undefined;
  return {
    lang,
    controller: localize(ctx.register.organization.name, lang),
    ownerName: task.owner_name,
    systemName: system?.name ?? task.system,
    type,
    reference: task.request_id,
    dueOn: task.due_on,
    instructions: system ? instructionsFor(system, type, lang) : "",
    identities,
    ...(tenant !== undefined ? { tenant } : {}),
    answerUrl: taskAnswerUrl(ctx, task.id),
  } as const;
}
