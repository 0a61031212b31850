import { appendAuditIn, retryOnConflict } from "../audit/index.js";
import type { ServiceContext } from "../context/index.js";
import { addDays, calendarDate, toCalendarDate } from "../deadlines/index.js";
import type { Identity, RequestType } from "../kernel/index.js";
import type { ComposedMail } from "../mail/index.js";
import { localize } from "../register/index.js";
import { taskMailFacts } from "./create.js";
import { REMIND_BEFORE_DAYS } from "./due.js";
import { consoleRequestUrl } from "./links.js";
import { escalationMail, reminderMail } from "./mail.js";
import { systemName } from "./reach.js";
import type { TaskRow } from "./read.js";

/** What the sweep needs of a task's request; undefined for one that is finished (no more reminders). */
export type RequestLookup = (
  requestId: string,
) => Promise<{ type: RequestType; dueOn: string; identities: readonly Identity[]; tenant?: string } | undefined>;

export interface SweepResult {
  reminded: number;
  escalated: number;
}

type Step = "reminded_before_at" | "reminded_due_at" | "escalated_at";

/**
 * The reminder and escalation sweep over open tasks, run by the housekeeping pass and `waarborg tasks
 * remind`: a reminder to the owner two days before the due date and one on it, and a mail to the
 * privacy officer once the task is overdue. Each is sent once: the task's column for it is set in the
 * same transaction that writes the mail (to the outbox, or through SMTP before the commit) and the
 * audit entry, and only when it was still empty, so two sweeps at once, or one run twice, send nothing
 * twice. A sweep that first runs after the due date sends the reminder of the day, not the one before.
 */
export async function sweepTasks(ctx: ServiceContext, lookup: RequestLookup): Promise<SweepResult> {
  const today = toCalendarDate(ctx.now(), ctx.calendar.timeZone);
  const soon = addDays(today, REMIND_BEFORE_DAYS);
  const tasks = await ctx.store.db
    .selectFrom("tasks")
    .selectAll()
    .where("answer", "is", null)
    // A task goes out before it is reminded of; a webhook system's that never got through (its job
    // ran out of tries) is still escalated, or the request would wait for it unseen.
    .where((eb) => eb.or([eb("mailed_at", "is not", null), eb("owner_email", "=", "")]))
    .where("due_on", "<=", soon)
    .orderBy("due_on")
    .orderBy("id")
    .execute();
  const result: SweepResult = { reminded: 0, escalated: 0 };
  for (const task of tasks) {
    const request = await lookup(task.request_id);
    if (!request) continue;
    const due = calendarDate(task.due_on);
    const facts = () => taskMailFacts(ctx, task, request.type, request.identities, request.tenant);
    // A webhook system's task has no owner to remind (its request went out with retries); it is
    // escalated to the privacy officer all the same once overdue.
    const remindable = task.owner_email !== "";
    if (!remindable) {
      // Nothing to remind: fall through to the escalation.
    } else if (today >= due && task.reminded_due_at === null) {
      if (await once(ctx, task, "reminded_due_at", { to: task.owner_email, mail: reminderMail(facts(), "due") }))
        result.reminded++;
    } else if (today < due && task.reminded_before_at === null) {
      if (await once(ctx, task, "reminded_before_at", { to: task.owner_email, mail: reminderMail(facts(), "before") }))
        result.reminded++;
    }
    if (today > due && task.escalated_at === null) {
      const to = officerAddress(ctx);
      // With no address for the privacy officer the escalation waits; `check` asks for one.
      if (!to) continue;
      const lang = ctx.register.statement.languages[0] ?? "nl";
      const mail = escalationMail({
        lang,
        controller: localize(ctx.register.organization.name, lang),
        systemName: systemName(ctx.register, task.system, lang),
        ownerName: task.owner_name,
        type: request.type,
        reference: task.request_id,
        dueOn: task.due_on,
        requestDueOn: request.dueOn,
        consoleUrl: consoleRequestUrl(ctx, task.request_id),
      });
      if (await once(ctx, task, "escalated_at", { to, mail })) result.escalated++;
    }
  }
  return result;
}

/** The privacy officer's address, else the DPO's, else the company's. */
export function officerAddress(ctx: ServiceContext): string | undefined {
  const org = ctx.register.organization;
  return org.privacy_officer?.email ?? org.dpo?.email ?? org.contact?.email;
}

const ACTION: Record<Step, string> = {
  reminded_before_at: "task.reminded",
  reminded_due_at: "task.reminded",
  escalated_at: "task.escalated",
};

/** Claims one step of one task and sends its mail in the same transaction; false when another sweep had it. */
async function once(
  ctx: ServiceContext,
  task: TaskRow,
  step: Step,
  message: { to: string; mail: ComposedMail },
): Promise<boolean> {
  return retryOnConflict(() =>
    ctx.store.db.transaction().execute(async (trx) => {
      const at = ctx.now();
      const claimed = await trx
        .updateTable("tasks")
        .set({ [step]: at.toISOString() })
        .where("id", "=", task.id)
        .where(step, "is", null)
        .where("answer", "is", null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) return false;
      const mail = { to: message.to, ...message.mail };
      if (ctx.mailer.sendIn) await ctx.mailer.sendIn(trx, mail);
      else await ctx.mailer.send(mail);
      await appendAuditIn(trx, ctx.store.dialect, {
        actor: "system",
        action: ACTION[step],
        subjectType: "task",
        subjectId: task.id,
        data: { request_id: task.request_id, system: task.system, step: step.replace(/_at$/, "") },
        at,
      });
      return true;
    }),
  );
}
