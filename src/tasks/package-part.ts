import type { Kysely } from "kysely";
import type { ServiceContext } from "../context/index.js";
import { open, openText } from "../crypto/index.js";
import { type Block, bullets, paragraph, section, type Section } from "../documents/index.js";
import { toCalendarDate } from "../deadlines/index.js";
import { type Lang, textIn } from "../kernel/index.js";
import { type StoreSchema, TASK_WITHDRAWN } from "../store/index.js";
import { formatDate } from "../vocabulary/index.js";
import { taskFileContext, taskNoteContext } from "./answer.js";
import { systemName } from "./reach.js";
import type { TaskRow } from "./read.js";

/** What the tasks add to a request's package: their files, and a section per system in the readable answer. */
export interface TasksPart {
  files: { name: string; content: Buffer }[];
  sections: Section[];
  /** Per system what was answered, for the completion event: counts and kinds, never a note or a value. */
  summary: { system: string; answer: string; files: number }[];
}

const ANSWER_WORDS = {
  done: { nl: "Afgehandeld.", en: "Done." },
  nothing_found: {
    nl: "In dit systeem is niets over u gevonden.",
    en: "Nothing about you was found in this system.",
  },
  files: { nl: "Uit dit systeem komen deze bestanden:", en: "This system gave these files:" },
} as const;

/**
 * The tasks' answers in the package, read back and opened with the data key: each file under
 * `systems/<system>/`, and for the readable answer one section per system with what its owner
 * answered and when, the manual systems apart from the webhook systems (which were not searched by
 * a person). A system's name is the register's as it is now.
 */
export async function tasksPackagePart(
  ctx: ServiceContext,
  db: Kysely<StoreSchema>,
  requestId: string,
  lang: Lang,
): Promise<TasksPart> {
  const tasks = await db
    .selectFrom("tasks")
    .selectAll()
    .where("request_id", "=", requestId)
    .where("answer", "is not", null)
    // A request completes only with none open, so none is withdrawn; this keeps one out all the same.
    .where("answer", "!=", TASK_WITHDRAWN)
    .orderBy("created_at")
    .orderBy("system")
    .execute();
  const part: TasksPart = { files: [], sections: [], summary: [] };
  const byHand: Section[] = [];
  const byWebhook: Section[] = [];
  for (const task of tasks) {
    const stored = await db
      .selectFrom("task_files")
      .select(["id", "name", "content"])
      .where("task_id", "=", task.id)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    const names = uniqueNames(stored.map((f) => f.name));
    stored.forEach((f, i) =>
      part.files.push({
        name: `systems/${task.system}/${names[i]}`,
        content: open(ctx.keys.data, Buffer.from(f.content), taskFileContext(f.id)),
      }),
    );
    const kind = ctx.register.datasets?.systems[task.system]?.kind;
    (kind === "webhook" ? byWebhook : byHand).push(systemSection(ctx, task, names, lang));
    part.summary.push({ system: task.system, answer: task.answer ?? "", files: stored.length });
  }
  if (byHand.length > 0)
    part.sections.push(
      section(
        "systems",
        textIn(lang, { nl: "Systemen die met de hand zijn doorzocht", en: "Systems searched by hand" }),
        [
          paragraph(
            textIn(lang, {
              nl: "Deze systemen hebben geen koppeling. Wie ze beheert, heeft ze voor uw verzoek doorzocht en dit geantwoord.",
              en: "These systems have no connection. The people who keep them searched them for your request and answered this.",
            }),
          ),
        ],
        byHand,
      ),
    );
  if (byWebhook.length > 0)
    part.sections.push(
      section(
        "webhook-systems",
        textIn(lang, { nl: "Systemen die zelf hebben geantwoord", en: "Systems that answered themselves" }),
        [
          paragraph(
            textIn(lang, {
              nl: "Deze systemen kregen uw verzoek als ondertekend bericht en hebben dit teruggemeld.",
              en: "These systems were sent your request as a signed message and reported back this.",
            }),
          ),
        ],
        byWebhook,
      ),
    );
  return part;
}

function systemSection(ctx: ServiceContext, task: TaskRow, files: string[], lang: Lang): Section {
  const name = systemName(ctx.register, task.system, lang);
  const answer = task.answer === null || task.answer === TASK_WITHDRAWN ? "done" : task.answer;
  const blocks: Block[] = [paragraph(textIn(lang, ANSWER_WORDS[answer]))];
  if (files.length > 0) blocks.push(bullets(files.map((f) => [`systems/${task.system}/${f}`])));
  if (task.note_encrypted)
    blocks.push(
      paragraph(
        textIn(lang, { nl: "Toelichting: ", en: "Note: " }),
        openText(ctx.keys.data, task.note_encrypted, taskNoteContext(task.id)),
      ),
    );
  if (task.answered_at) {
    const day = formatDate(toCalendarDate(new Date(task.answered_at), ctx.calendar.timeZone), lang);
    blocks.push(paragraph(textIn(lang, { nl: `Beantwoord op ${day}.`, en: `Answered on ${day}.` })));
  }
  return section(`system-${task.system}`, name, blocks);
}

/** Two uploads of the same name both reach the package: the second becomes `name (2).ext`. */
function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return name;
    const dot = name.lastIndexOf(".");
    return dot > 0 ? `${name.slice(0, dot)} (${count})${name.slice(dot)}` : `${name} (${count})`;
  });
}
