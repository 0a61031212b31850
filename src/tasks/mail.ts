import { type Identity, type Lang, type RequestType, textIn } from "../kernel/index.js";
import { type ComposedMail, compose, type MailBlock, requestNoun } from "../mail/index.js";
import { formatDate } from "../vocabulary/index.js";

/**
 * The mails of a manual task, in the owner's language. The person's identities are in the body of
 * the task mail and its reminders only, because the owner needs them to search the system; never in
 * a subject, a link or the log. The escalation to the privacy officer names the system and the
 * request, not the person.
 */

export interface TaskMailFacts {
  lang: Lang;
  controller: string;
  ownerName: string;
  systemName: string;
  type: RequestType;
  /** The request's id: the reference the owner and the privacy officer speak of. */
  reference: string;
  dueOn: string;
  instructions: string;
  identities: readonly Identity[];
  /** The tenant whose request it is: the owner searches only that customer's part of the system. */
  tenant?: string;
  answerUrl: string;
}

function body(f: TaskMailFacts, opening: string): MailBlock[] {
  const { lang } = f;
  return [
    textIn(lang, { nl: `Beste ${f.ownerName},`, en: `Dear ${f.ownerName},` }),
    opening,
    textIn(lang, { nl: "Wat u moet doen:", en: "What to do:" }),
    { quote: f.instructions },
    textIn(lang, {
      nl: "Zoek in het systeem op deze gegevens van de persoon:",
      en: "Search the system for the person by these details:",
    }),
    { list: f.identities.map((i) => `${i.type}: ${i.value}`) },
    ...(f.tenant !== undefined ? [tenantLine(lang, f.tenant)] : []),
    {
      link: f.answerUrl,
      label: textIn(lang, {
        nl: `Geef hier antwoord (klaar, niets gevonden, of bestanden) vóór ${formatDate(f.dueOn, lang)}; deel deze link met niemand`,
        en: `Answer here (done, nothing found, or files) by ${formatDate(f.dueOn, lang)}; do not share this link`,
      }),
    },
    textIn(lang, {
      nl: `Referentie: ${f.reference}\n\nMet vriendelijke groet,\n${f.controller}`,
      en: `Reference: ${f.reference}\n\nKind regards,\n${f.controller}`,
    }),
  ];
}

/** A tenant's request: the person is one of that customer's end users, and only its part is searched. */
export function tenantLine(lang: Lang, tenant: string): string {
  return textIn(lang, {
    nl: `Dit verzoek komt van klant ${tenant}, voor wie wij gegevens verwerken: zoek en wijzig alleen in het deel van het systeem dat bij klant ${tenant} hoort.`,
    en: `This request comes from customer ${tenant}, whose data we process: search and change only the part of the system that belongs to customer ${tenant}.`,
  });
}

export function taskMail(f: TaskMailFacts): ComposedMail {
  const { lang } = f;
  const noun = requestNoun(f.type, lang);
  return compose(
    lang,
    textIn(lang, { nl: `Taak: ${noun} in ${f.systemName}`, en: `Task: ${noun} in ${f.systemName}` }),
    body(
      f,
      textIn(lang, {
        nl: `${f.controller} heeft ${noun} ontvangen dat ook ${f.systemName} raakt. Dat systeem heeft geen koppeling, dus vragen wij u het af te handelen.`,
        en: `${f.controller} received a ${noun} that also reaches ${f.systemName}. That system has no connection, so we ask you to carry it out.`,
      }),
    ),
  );
}

export type ReminderMoment = "before" | "due";

export function reminderMail(f: TaskMailFacts, moment: ReminderMoment): ComposedMail {
  const { lang } = f;
  const noun = requestNoun(f.type, lang);
  const when = formatDate(f.dueOn, lang);
  return compose(
    lang,
    textIn(lang, {
      nl: `Herinnering: ${noun} in ${f.systemName}, uiterlijk ${when}`,
      en: `Reminder: ${noun} in ${f.systemName}, due ${when}`,
    }),
    body(
      f,
      moment === "due"
        ? textIn(lang, {
            nl: `Vandaag is de laatste dag voor deze taak. Zonder uw antwoord kan ${f.controller} de persoon niet op tijd antwoorden.`,
            en: `Today is the last day for this task. Without your answer ${f.controller} cannot answer the person in time.`,
          })
        : textIn(lang, {
            nl: `Deze taak staat nog open en moet uiterlijk ${when} af zijn.`,
            en: `This task is still open and is due by ${when}.`,
          }),
    ),
  );
}

export interface EscalationFacts {
  lang: Lang;
  controller: string;
  systemName: string;
  ownerName: string;
  type: RequestType;
  reference: string;
  dueOn: string;
  requestDueOn: string;
  consoleUrl: string;
}

export function escalationMail(f: EscalationFacts): ComposedMail {
  const { lang } = f;
  const noun = requestNoun(f.type, lang);
  return compose(
    lang,
    textIn(lang, {
      nl: `Te laat: taak in ${f.systemName} voor ${f.reference}`,
      en: `Overdue: task in ${f.systemName} for ${f.reference}`,
    }),
    [
      textIn(lang, { nl: "Beste privacy officer,", en: "Dear privacy officer," }),
      textIn(lang, {
        nl: `De taak voor ${noun} ${f.reference} in ${f.systemName} had uiterlijk ${formatDate(f.dueOn, lang)} af moeten zijn. ${f.ownerName} heeft nog niet geantwoord; het verzoek moet uiterlijk ${formatDate(f.requestDueOn, lang)} beantwoord zijn.`,
        en: `The task for ${noun} ${f.reference} in ${f.systemName} was due by ${formatDate(f.dueOn, lang)}. ${f.ownerName} has not answered yet; the request must be answered by ${formatDate(f.requestDueOn, lang)}.`,
      }),
      {
        link: f.consoleUrl,
        label: textIn(lang, { nl: "Het verzoek in de beheeromgeving", en: "The request in the console" }),
      },
      f.controller,
    ],
  );
}
