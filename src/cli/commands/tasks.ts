import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Command } from "@commander-js/extra-typings";
import { answerTask, remindTasks } from "../../requests/index.js";
import { listTasks, TASK_STATES, TaskError, type TaskSummary } from "../../tasks/index.js";
import { toCalendarDate } from "../../deadlines/index.js";
import { oneOf, UsageError } from "../io.js";
import { withOperatorContext } from "./request-run.js";
import { addStoreOptions } from "./migrate.js";
import { collect } from "./request-options.js";

type Exit = (code: number) => void;

const ANSWERS = ["done", "nothing_found", "files"] as const;

/** The media types a task's file is stored with, by its extension; anything else is plain bytes. */
const MEDIA_TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".csv": "text/csv",
  ".txt": "text/plain",
  ".json": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function taskLine(t: TaskSummary): string {
  const answer = t.answer ? ` ${t.answer}${t.files.length ? ` (${t.files.length} file(s))` : ""}` : "";
  return `${t.id}  ${t.state.padEnd(8)} due ${t.dueOn}  ${t.system}  request ${t.requestId}${answer}\n`;
}

/** A refusal of the tasks domain, printed with its field; bad input exits 2, the rest 1. */
function reportTaskError(error: unknown, setExit: Exit): never | void {
  if (!(error instanceof TaskError)) throw error;
  process.stderr.write(`waarborg: refused: ${error.field ? `${error.field}: ` : ""}${error.message}\n`);
  setExit(error.kind === "invalid" ? 2 : 1);
}

/**
 * `waarborg tasks list|answer|remind`: the manual tasks of systems with no API, on the command line.
 * Answering here is the operator's answer (recorded as such), for an owner who answered by phone or
 * on paper; the owner's own way is the signed link in the task mail.
 */
export function registerTasks(program: Command, setExit: Exit): void {
  const tasks = program.command("tasks").description("manual tasks for systems with no API: list, answer, remind");

  addStoreOptions(
    tasks
      .command("list")
      .description("the tasks in one state: open, overdue, answered or withdrawn")
      .option("--state <state>", "open, overdue, answered or withdrawn", "open")
      .option("--json", "print JSON")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action((opts) =>
    withOperatorContext(opts, setExit, async (ctx) => {
      const state = oneOf(opts.state, TASK_STATES, "--state");
      const found = await listTasks(ctx.store.db, state, toCalendarDate(ctx.now(), ctx.calendar.timeZone));
      if (opts.json) process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
      else if (found.length === 0) process.stdout.write(`No ${state} tasks.\n`);
      else for (const t of found) process.stdout.write(taskLine(t));
    }),
  );

  addStoreOptions(
    tasks
      .command("answer")
      .description(
        "record a task's answer: done, nothing_found, or files (with --file); the request completes with the last",
      )
      .argument("<task-id>", "the task's id, as `tasks list` shows it")
      .requiredOption("--answer <answer>", "done, nothing_found or files")
      .option("--file <path>", "a file from the system (repeatable; with --answer files)", collect, [])
      .option("--note <text>", "a note for the package, e.g. where the file was found")
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action((taskId, opts) =>
    withOperatorContext(opts, setExit, async (ctx) => {
      const answer = oneOf(opts.answer, ANSWERS, "--answer");
      const files = await Promise.all(
        opts.file.map(async (path) => {
          try {
            return {
              name: basename(path),
              mediaType: MEDIA_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream",
              content: await readFile(path),
            };
          } catch {
            throw new UsageError(`--file: cannot read ${basename(path)}`);
          }
        }),
      );
      try {
        const done = await answerTask(ctx, taskId, { answer, note: opts.note, files }, "operator");
        process.stdout.write(
          done.openLeft === 0
            ? `Answered. The request's last task is answered: it is handed to the workers to complete.\n`
            : `Answered. The request waits for ${done.openLeft} more task(s).\n`,
        );
      } catch (error) {
        reportTaskError(error, setExit);
      }
    }),
  );

  addStoreOptions(
    tasks
      .command("remind")
      .description(
        "send the reminders and escalations that are due now, each once (the service does this every few minutes)",
      )
      .option("--register <file>", "the register file", "privacy.yaml"),
  ).action((opts) =>
    withOperatorContext(opts, setExit, async (ctx) => {
      const sent = await remindTasks(ctx);
      process.stdout.write(`Reminders sent: ${sent.reminded}; escalations sent: ${sent.escalated}.\n`);
    }),
  );
}
