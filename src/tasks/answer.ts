import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { ServiceContext } from "../context/index.js";
import { seal, sealText } from "../crypto/index.js";
import { type StoreSchema, TASK_ANSWERS, type TaskAnswer } from "../store/index.js";
import { TaskError } from "./errors.js";
import type { TaskRow } from "./read.js";

/** Limits on one answer: enough for scans of a paper file, not a way to fill the store. */
export const MAX_TASK_FILES = 10;
export const MAX_TASK_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_TASK_NOTE = 4000;

export interface TaskAnswerInput {
  answer: string;
  note?: string | undefined;
  files?: readonly { name: string; mediaType: string; content: Buffer }[];
}

export const taskFileContext = (fileId: string) => `task-file:${fileId}`;
export const taskNoteContext = (taskId: string) => `task-note:${taskId}`;

/** A file's name as stored and put in the package: its base name, no control characters or separators. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && !'"<>:|?*'.includes(c))
    .join("")
    .replace(/^\.+/, "")
    .trim()
    .slice(0, 120);
  return clean === "" ? "file" : clean;
}

/** Checks an answer before anything is written; every refusal names its field, never its value. */
export function checkAnswer(input: TaskAnswerInput): { answer: TaskAnswer; note?: string } {
  if (!(TASK_ANSWERS as readonly string[]).includes(input.answer))
    throw new TaskError("invalid", "answer done, nothing_found or files", "answer");
  const files = input.files ?? [];
  if (input.answer === "files" && files.length === 0)
    throw new TaskError("invalid", "an answer with files needs at least one file", "files");
  if (input.answer !== "files" && files.length > 0)
    throw new TaskError("invalid", "files go with the answer files", "files");
  if (files.length > MAX_TASK_FILES) throw new TaskError("invalid", `at most ${MAX_TASK_FILES} files`, "files");
  for (const [i, f] of files.entries()) {
    if (f.content.length === 0) throw new TaskError("invalid", "the file is empty", `files[${i}]`);
    if (f.content.length > MAX_TASK_FILE_BYTES)
      throw new TaskError("invalid", `a file may hold at most ${MAX_TASK_FILE_BYTES / 1024 / 1024} MiB`, `files[${i}]`);
  }
  const note = input.note?.trim();
  if (note && note.length > MAX_TASK_NOTE)
    throw new TaskError("invalid", `at most ${MAX_TASK_NOTE} characters`, "note");
  return { answer: input.answer as TaskAnswer, ...(note ? { note } : {}) };
}

/**
 * Records the answer to an open task inside the caller's transaction: the files sealed with the data
 * key (bound to each file's id, as package files are), the note sealed too, and the task closed. A task
 * answered already is refused: the first answer stands, so a second click cannot replace the files.
 */
export async function recordAnswerIn(
  ctx: ServiceContext,
  trx: Transaction<StoreSchema>,
  task: TaskRow,
  input: TaskAnswerInput,
  by: string,
): Promise<{ answer: TaskAnswer; files: number; bytes: number }> {
  const checked = checkAnswer(input);
  const held = await ctx.store.dialect
    .forUpdate(trx.selectFrom("tasks").select(["id", "answer"]).where("id", "=", task.id))
    .executeTakeFirst();
  if (!held) throw new TaskError("not_found", "no such task");
  if (held.answer !== null) throw new TaskError("answered", "the task was answered already");
  const at = ctx.now().toISOString();
  let bytes = 0;
  for (const file of input.files ?? []) {
    const id = randomUUID();
    bytes += file.content.length;
    await trx
      .insertInto("task_files")
      .values({
        id,
        task_id: task.id,
        name: cleanFileName(file.name),
        media_type: file.mediaType || "application/octet-stream",
        size: file.content.length,
        content: seal(ctx.keys.data, file.content, taskFileContext(id)),
        created_at: at,
      })
      .execute();
  }
  await trx
    .updateTable("tasks")
    .set({
      answer: checked.answer,
      note_encrypted: checked.note ? sealText(ctx.keys.data, checked.note, taskNoteContext(task.id)) : null,
      answered_by: by,
      answered_at: at,
    })
    .where("id", "=", task.id)
    .execute();
  return { answer: checked.answer, files: input.files?.length ?? 0, bytes };
}
