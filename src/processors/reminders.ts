import { localize } from "../register/index.js";
import { type ReviewReminderKind } from "../store/index.js";
import type { ProcessorDeps } from "./deps.js";
import { listProcessors } from "./overview.js";
import { reviewReminderMail } from "./reminder-mail.js";
import { officerAddress } from "./settings.js";

export interface ReviewReminder {
  recipient: string;
  dueOn: string;
  kind: ReviewReminderKind;
}

export interface ReminderSweep {
  /** Reminders sent by this sweep (or, with dryRun, that it would send). */
  sent: ReviewReminder[];
  /** Reminders due but already sent before, once per due date and kind. */
  alreadySent: ReviewReminder[];
  /** True when the register names no address to remind: nothing is sent or recorded. */
  noAddress: boolean;
}

/** The reminders the register's reviews call for on the clock's day: one before, one once overdue. */
function dueReminders(deps: ProcessorDeps): ReviewReminder[] {
  return listProcessors(deps.register, deps.now()).flatMap((p): ReviewReminder[] => {
    if (!p.reviewDue) return [];
    if (p.state === "overdue") return [{ recipient: p.id, dueOn: p.reviewDue, kind: "overdue" }];
    if (p.state === "due_soon") return [{ recipient: p.id, dueOn: p.reviewDue, kind: "upcoming" }];
    return [];
  });
}

/**
 * Mails the privacy officer about each agreement review coming up or overdue, each reminder once per
 * due date: the row in processor_reminders and the mail are written in one transaction when the
 * mailer writes to the store (the outbox), so a second sweep or a second process sends nothing. With
 * SMTP the row is written first and the mail sent before the commit: a failed send rolls the row back
 * and the next sweep tries again.
 */
export async function remindReviews(
  deps: ProcessorDeps,
  options: { dryRun?: boolean; consoleUrl: string },
): Promise<ReminderSweep> {
  const due = dueReminders(deps);
  const to = officerAddress(deps.register);
  const sweep: ReminderSweep = { sent: [], alreadySent: [], noAddress: !to };
  for (const reminder of due) {
    const known = await deps.store.db
      .selectFrom("processor_reminders")
      .select("sent_at")
      .where("recipient", "=", reminder.recipient)
      .where("due_on", "=", reminder.dueOn)
      .where("kind", "=", reminder.kind)
      .executeTakeFirst();
    if (known) {
      sweep.alreadySent.push(reminder);
      continue;
    }
    if (!to) continue;
    if (options.dryRun) {
      sweep.sent.push(reminder);
      continue;
    }
    if (await sendOnce(deps, to, reminder, options.consoleUrl)) sweep.sent.push(reminder);
    else sweep.alreadySent.push(reminder);
  }
  return sweep;
}

async function sendOnce(
  deps: ProcessorDeps,
  to: string,
  reminder: ReviewReminder,
  consoleUrl: string,
): Promise<boolean> {
  const recipient = deps.register.recipients[reminder.recipient];
  const lang = deps.register.statement.languages[0] ?? "nl";
  const mail = reviewReminderMail({
    lang,
    organization: localize(deps.register.organization.name, lang),
    processor: localize(recipient?.name, lang) || reminder.recipient,
    dueOn: reminder.dueOn,
    kind: reminder.kind,
    consoleUrl,
  });
  return deps.store.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("processor_reminders")
      .values({
        recipient: reminder.recipient,
        due_on: reminder.dueOn,
        kind: reminder.kind,
        sent_at: deps.now().toISOString(),
      })
      .onConflict((oc) => oc.columns(["recipient", "due_on", "kind"]).doNothing())
      .executeTakeFirst();
    // Another process got there first: its reminder is the one.
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    if (deps.mailer.sendIn) await deps.mailer.sendIn(trx, { to, ...mail });
    else await deps.mailer.send({ to, ...mail });
    return true;
  });
}
