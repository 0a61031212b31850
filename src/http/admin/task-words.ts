import type { InLang, Lang } from "../../kernel/index.js";
import type { TaskState } from "../../tasks/index.js";

/** The console's words for manual tasks: the tasks list, a request's tasks, and the officer's answer. */
export const TASK_CONSOLE_WORDS = {
  nl: {
    nav: "Taken",
    dashboardWaiting: "Wachten op taken",
    dashboardOverdue: "Taken te laat",
    title: "Taken",
    intro:
      "Taken voor systemen zonder koppeling: de eigenaar krijgt een e-mail met wat te doen en een link om te antwoorden. Een verzoek wordt pas afgerond als al zijn taken beantwoord zijn.",
    states: { open: "Open", overdue: "Te laat", answered: "Beantwoord", withdrawn: "Vervallen" } satisfies Record<
      TaskState,
      string
    >,
    none: (state: string) => `Geen taken met status ${state.toLowerCase()}.`,
    colSystem: "Systeem",
    colOwner: "Eigenaar",
    colRequest: "Verzoek",
    colDue: "Uiterlijk",
    colState: "Status",
    colAnswer: "Antwoord",
    tenant: (key: string) => `alleen het deel van klant ${key}`,
    answers: { done: "Klaar", nothing_found: "Niets gevonden", files: "Bestanden", withdrawn: "Vervallen" } as Record<
      string,
      string
    >,
    files: (n: number) => (n === 1 ? "1 bestand" : `${n} bestanden`),
    requestTasks: "Taken",
    noTasks: "Dit verzoek raakt geen systemen zonder koppeling.",
    waiting: (n: number) => (n === 1 ? "wacht op 1 taak" : `wacht op ${n} taken`),
    answerFor: (system: string) => `Antwoord voor ${system} vastleggen`,
    answerLegend: "Antwoord",
    filesLabel: "Bestanden (alleen bij Bestanden)",
    noteLabel: "Toelichting",
    submit: "Antwoord vastleggen",
    refused:
      "Het antwoord is niet vastgelegd: kies een antwoord, en voeg alleen bij Bestanden minstens één bestand toe.",
    conflict: "Het antwoord is niet vastgelegd: de taak is al beantwoord of het verzoek is afgesloten.",
  },
  en: {
    nav: "Tasks",
    dashboardWaiting: "Waiting for tasks",
    dashboardOverdue: "Tasks overdue",
    title: "Tasks",
    intro:
      "Tasks for systems with no connection: the owner gets an e-mail with what to do and a link to answer. A request completes only once all its tasks are answered.",
    states: { open: "Open", overdue: "Overdue", answered: "Answered", withdrawn: "Withdrawn" } satisfies Record<
      TaskState,
      string
    >,
    none: (state: string) => `No ${state.toLowerCase()} tasks.`,
    colSystem: "System",
    colOwner: "Owner",
    colRequest: "Request",
    colDue: "Due",
    colState: "Status",
    colAnswer: "Answer",
    tenant: (key: string) => `only the part of customer ${key}`,
    answers: { done: "Done", nothing_found: "Nothing found", files: "Files", withdrawn: "Withdrawn" } as Record<
      string,
      string
    >,
    files: (n: number) => (n === 1 ? "1 file" : `${n} files`),
    requestTasks: "Tasks",
    noTasks: "This request reaches no systems without a connection.",
    waiting: (n: number) => (n === 1 ? "waiting for 1 task" : `waiting for ${n} tasks`),
    answerFor: (system: string) => `Record the answer for ${system}`,
    answerLegend: "Answer",
    filesLabel: "Files (with Files only)",
    noteLabel: "Note",
    submit: "Record the answer",
    refused: "The answer was not recorded: choose an answer, and add at least one file with Files only.",
    conflict: "The answer was not recorded: the task was answered already or the request is closed.",
  },
} satisfies InLang<unknown>;

export function taskConsoleWords(lang: Lang) {
  return TASK_CONSOLE_WORDS[lang];
}
