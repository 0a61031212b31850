/*
 * Reminders about processors and recipients. An agreement review is reminded once before it is due
 * and once when it is overdue, per due date: the row is the proof it was sent, so a second sweep (or
 * a second process) sends nothing. An Art. 19 notice is acknowledged by its recipient (or recorded
 * by the officer); until then it is reminded once per period.
 */

export const REVIEW_REMINDER_KINDS = ["upcoming", "overdue"] as const;
export type ReviewReminderKind = (typeof REVIEW_REMINDER_KINDS)[number];

export interface ProcessorRemindersTable {
  /** The recipient's key in the register. */
  recipient: string;
  /** The review's due date (YYYY-MM-DD) the reminder was about: a new date is reminded anew. */
  due_on: string;
  kind: ReviewReminderKind;
  sent_at: string;
}

export interface RecipientAcknowledgementsTable {
  /** A random UUID; the acknowledgement link carries it with a signature, nothing else. */
  id: string;
  request_id: string;
  /** The recipient's key in the register. */
  recipient: string;
  /** How the notice went: email or webhook. */
  channel: string;
  sent_at: string;
  /** Null while the recipient has not acknowledged. */
  acknowledged_at: string | null;
  /** "recipient" (by the link or the callback) or an actor such as `user:<id>`. */
  acknowledged_by: string | null;
  /** How many reminders went out: the sweep sends the next one when a further period has passed. */
  reminders_sent: number;
  last_reminded_at: string | null;
}
