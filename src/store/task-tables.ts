/*
 * Manual tasks: for a system with no API (a paper archive, a spreadsheet, a processor that only
 * answers e-mail), each request of a type the system is reached by gets one task for the system's
 * owner. The request completes only once every one of its tasks is answered.
 */

export const TASK_ANSWERS = ["done", "nothing_found", "files"] as const;
/** What the owner answered: the work is done, the system holds nothing on the person, or files from it. */
export type TaskAnswer = (typeof TASK_ANSWERS)[number];
/**
 * Not an owner's answer: the task was closed because its request ended without it (denied). Stored
 * in `answer` so every query for open tasks (reminders, escalation, counts, the webhook's sending)
 * passes it by as it passes an answered one.
 */
export const TASK_WITHDRAWN = "withdrawn";

export interface TasksTable {
  /** A random UUID; the answer link is signed over it. */
  id: string;
  request_id: string;
  /** The key of the system in datasets.systems. One task per request and system (a unique index). */
  system: string;
  /** The owner as the register named them when the task was made: reminders go to whom was asked. */
  owner_name: string;
  owner_email: string;
  owner_lang: string;
  /** YYYY-MM-DD: the last day the owner has; never later than the request's own deadline allows. */
  due_on: string;
  created_at: string;
  /** When the task's mail went out; null while it has not (a job retried after a crash sends it). */
  mailed_at: string | null;
  /** When the reminder two days before the due date went out. */
  reminded_before_at: string | null;
  /** When the reminder on the due date went out. */
  reminded_due_at: string | null;
  /** When the privacy officer was told the task is overdue. */
  escalated_at: string | null;
  /** Null while the task is open; `withdrawn` when its request ended first (see TASK_WITHDRAWN). */
  answer: TaskAnswer | typeof TASK_WITHDRAWN | null;
  /** AES-256-GCM envelope of the owner's note: a note may name the person. */
  note_encrypted: string | null;
  /**
   * Who answered: `owner` by the link, or a console user or the operator; for a withdrawn task, who
   * ended the request. Never a name.
   */
  answered_by: string | null;
  /** When it was answered, or withdrawn. */
  answered_at: string | null;
}

/** A file the owner answered with, encrypted as package files are. */
export interface TaskFilesTable {
  id: string;
  task_id: string;
  /** The file's name as uploaded, cleaned to a safe base name. */
  name: string;
  media_type: string;
  size: number;
  /** AES-256-GCM ciphertext bound to the file's id. */
  content: Buffer;
  created_at: string;
}
