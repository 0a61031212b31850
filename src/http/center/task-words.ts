import { type InLang, type Lang, type RequestType, textIn } from "../../kernel/index.js";
import { requestNoun } from "../../mail/index.js";
import { MAX_TASK_FILE_BYTES, MAX_TASK_FILES } from "../../tasks/index.js";
import { formatDate } from "../../vocabulary/index.js";

/** The words of the task answer page, in both languages. */
const WORDS = {
  nl: {
    heading: (system: string) => `Taak in ${system}`,
    about: (type: RequestType, due: string) =>
      `Soort verzoek: ${requestNoun(type, "nl")}. Graag uiterlijk ${formatDate(due, "nl")} beantwoorden.`,
    reference: "Referentie",
    tenant: (key: string) =>
      `Dit verzoek komt van klant ${key}, voor wie wij gegevens verwerken: zoek en wijzig alleen in het deel van het systeem dat bij klant ${key} hoort.`,
    whatToDo: "Wat u moet doen",
    identities: "De gegevens om op te zoeken staan in de e-mail met deze link; ze worden hier niet getoond.",
    answer: "Uw antwoord",
    done: "Klaar: ik heb gedaan wat gevraagd is",
    nothingFound: "Niets gevonden: het systeem bevat niets over deze persoon",
    files: "Bestanden: ik stuur wat ik gevonden heb mee",
    filesLabel: "Bestanden",
    filesHint: `Alleen bij het antwoord Bestanden; ten hoogste ${MAX_TASK_FILES} bestanden van ${MAX_TASK_FILE_BYTES / 1024 / 1024} MB.`,
    note: "Toelichting (komt in het antwoord aan de persoon)",
    submit: "Antwoord versturen",
    errorTitle: "Het antwoord is nog niet verstuurd",
    errors: {
      answer: "Kies een antwoord.",
      files:
        "Voeg bij het antwoord Bestanden minstens één bestand toe, en alleen dan; let op het aantal en de grootte.",
      note: "De toelichting is te lang.",
    },
    thanks: "Dank u, uw antwoord is vastgelegd.",
    thanksText: "U hoeft verder niets te doen. U kunt deze pagina sluiten.",
    answered: "Deze taak is al beantwoord.",
    closed: "Dit verzoek is afgesloten; de taak hoeft niet meer.",
    expired: "Deze link is verlopen. De laatste herinnering bevat een nieuwe link; vraag anders de privacy officer.",
  },
  en: {
    heading: (system: string) => `Task in ${system}`,
    about: (type: RequestType, due: string) =>
      `Kind of request: ${requestNoun(type, "en")}. Please answer by ${formatDate(due, "en")}.`,
    reference: "Reference",
    tenant: (key: string) =>
      `This request comes from customer ${key}, whose data we process: search and change only the part of the system that belongs to customer ${key}.`,
    whatToDo: "What to do",
    identities: "The details to search by are in the e-mail with this link; they are not shown here.",
    answer: "Your answer",
    done: "Done: I did what was asked",
    nothingFound: "Nothing found: the system holds nothing about this person",
    files: "Files: I send what I found",
    filesLabel: "Files",
    filesHint: `Only with the answer Files; at most ${MAX_TASK_FILES} files of ${MAX_TASK_FILE_BYTES / 1024 / 1024} MB.`,
    note: "Note (goes into the answer to the person)",
    submit: "Send the answer",
    errorTitle: "The answer was not sent yet",
    errors: {
      answer: "Choose an answer.",
      files: "With the answer Files add at least one file, and only then; mind the number and the size.",
      note: "The note is too long.",
    },
    thanks: "Thank you, your answer is recorded.",
    thanksText: "There is nothing more to do. You can close this page.",
    answered: "This task has been answered already.",
    closed: "This request is closed; the task is no longer needed.",
    expired: "This link has expired. The latest reminder carries a new one; otherwise ask the privacy officer.",
  },
} satisfies InLang<unknown>;

export function taskWords(lang: Lang) {
  return textIn(lang, WORDS);
}
