import { FinishedError, OperationError, TransitionError } from "../../requests/index.js";
import { type Lang, textIn } from "../../kernel/index.js";
import { word, type Words } from "../../vocabulary/index.js";
import { statusLabel } from "./labels.js";
import type { OfficerAction } from "./pages/request-actions.js";
import { adminWords } from "./words.js";

/** What the officer tried, as the refusal names it: "approve" in Dutch and as a past participle in English. */
const ACTION: Record<OfficerAction, Words> = {
  approve: { nl: "goedkeuren", en: "approved" },
  retry: { nl: "opnieuw uitvoeren", en: "run again" },
  informed: { nl: "als ingelicht vastleggen", en: "recorded as informed" },
  acknowledged: { nl: "als bevestigd vastleggen", en: "recorded as acknowledged" },
  deny: { nl: "weigeren", en: "denied" },
  extend: { nl: "verlengen", en: "extended" },
  pause: { nl: "stilzetten", en: "paused" },
  resume: { nl: "weer laten lopen", en: "resumed" },
  cancel: { nl: "annuleren", en: "cancelled" },
  take: { nl: "in behandeling nemen", en: "taken for review" },
  review: { nl: "beoordelen", en: "reviewed" },
};

/** Refusals the lifecycle names by code (OperationError.code, DeadlineError codes). */
const CODE: Record<string, Words> = {
  "notice-not-open": {
    nl: "Kies een ontvanger wiens bericht nog op bevestiging wacht.",
    en: "Choose a recipient whose notice still waits for acknowledgement.",
  },
  "in-progress": {
    nl: "Het verzoek wordt al uitgevoerd; er is niets meer om op te wachten.",
    en: "The request is being carried out; there is nothing left to wait for.",
  },
  "not-waiting": {
    nl: "Alleen een verzoek dat op uitvoering wacht of half is uitgevoerd, kan opnieuw worden uitgevoerd.",
    en: "Only a request waiting to be carried out, or left half-done, can run again.",
  },
  "queue-unavailable": {
    nl: "De wachtrij neemt het verzoek nu niet aan; het wordt over enkele minuten vanzelf opnieuw aangeboden.",
    en: "The job queue cannot take the request now; it is offered again within minutes.",
  },
  "already-paused": { nl: "De klok staat al stil.", en: "The clock is already paused." },
  "not-paused": { nl: "De klok staat niet stil.", en: "The clock is not paused." },
  "pause-after-deadline": {
    nl: "De termijn is al verstreken; een verstreken termijn kan niet meer worden stilgezet.",
    en: "The deadline has passed; a clock that has run out cannot be paused.",
  },
  "pause-before-receipt": {
    nl: "Een pauze kan niet beginnen vóór de ontvangst van het verzoek.",
    en: "A pause cannot start before the request was received.",
  },
  "pauses-overlap": { nl: "Deze pauze overlapt een eerdere.", en: "This pause overlaps an earlier one." },
  "pause-still-open": { nl: "Er loopt nog een pauze.", en: "A pause is still running." },
  "extension-too-long": {
    nl: "Art. 12 lid 3 AVG staat in totaal ten hoogste twee maanden verlenging toe.",
    en: "Art. 12(3) GDPR allows two further months at most in all.",
  },
  "extension-too-late": {
    nl: "Verlengen kan alleen binnen de eerste maand, en de aanvrager hoort het binnen die maand (art. 12 lid 3 AVG).",
    en: "An extension is only possible within the first month, and the requester must be told within it (Art. 12(3) GDPR).",
  },
  "extension-without-reason": {
    nl: "Geef de reden van de vertraging; de aanvrager krijgt die te lezen.",
    en: "Give the reasons for the delay; the requester will read them.",
  },
  "recipient-not-unreached": {
    nl: "Kies een ontvanger die de melding niet bereikte.",
    en: "Choose a recipient the notice did not reach.",
  },
  "reason-too-long": { nl: "De reden is te lang.", en: "The reason is too long." },
  "not-a-review": {
    nl: "Dit is geen verzoek om menselijke beoordeling.",
    en: "This is not a request for human review.",
  },
  "outcome-unknown": {
    nl: "Kies de uitkomst: blijft staan, veranderd of ingetrokken.",
    en: "Choose the outcome: upheld, changed or withdrawn.",
  },
  "view-not-considered": {
    nl: "Bevestig dat u het standpunt van de persoon hebt meegewogen.",
    en: "Confirm that you considered the person's point of view.",
  },
};

/**
 * The refusal of an officer's action in the console's language. The lifecycle words its errors in
 * English for the API and the log; the console words them itself from the error's kind and code.
 */
export function refusalText(error: unknown, action: OfficerAction, lang: Lang): string | undefined {
  if (error instanceof TransitionError) {
    const status = statusLabel(error.status, lang).toLowerCase();
    const verb = word(ACTION, action, lang);
    return textIn(lang, {
      nl: `Een verzoek met de status '${status}' kunt u niet ${verb}.`,
      en: `A request that is '${status}' cannot be ${verb}.`,
    });
  }
  if (error instanceof FinishedError) {
    const status = statusLabel(error.status, lang).toLowerCase();
    return textIn(lang, {
      nl: `Het verzoek is ${status}: de termijn loopt niet meer.`,
      en: `The request is ${status}: its clock has stopped.`,
    });
  }
  if (error instanceof OperationError) {
    // The console's own field messages, shared with its forms.
    if (error.code === "invalid-months") return adminWords(lang).invalidMonths;
    if (error.code === "reason-missing") return adminWords(lang).invalidReason;
    if (error.code && CODE[error.code]) return word(CODE, error.code, lang);
    return textIn(lang, { nl: "Deze actie is nu niet mogelijk.", en: "This action is not possible now." });
  }
  return undefined;
}
