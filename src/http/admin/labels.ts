import { type Lang, type RequestType, type Status, textIn } from "../../kernel/index.js";
import { word, type Words } from "../../vocabulary/index.js";

/** Request types as the console names them. */
const TYPE: Record<RequestType, Words> = {
  access: { nl: "Inzage", en: "Access" },
  portability: { nl: "Overdraagbaarheid", en: "Portability" },
  rectification: { nl: "Verbetering", en: "Rectification" },
  erasure: { nl: "Verwijdering", en: "Erasure" },
  restriction: { nl: "Beperking", en: "Restriction" },
  objection: { nl: "Bezwaar", en: "Objection" },
  withdrawal: { nl: "Toestemming intrekken", en: "Consent withdrawal" },
  automated_decision_review: { nl: "Menselijke beoordeling", en: "Human review" },
};

const STATUS: Record<Status, Words> = {
  received: { nl: "Ontvangen", en: "Received" },
  verifying: { nl: "Wacht op bevestiging", en: "Verifying" },
  verified: { nl: "Bevestigd", en: "Verified" },
  awaiting_approval: { nl: "Wacht op goedkeuring", en: "Awaiting approval" },
  in_progress: { nl: "In behandeling", en: "In progress" },
  completed: { nl: "Afgerond", en: "Completed" },
  partially_completed: { nl: "Deels afgerond", en: "Partially completed" },
  denied: { nl: "Geweigerd", en: "Denied" },
  cancelled: { nl: "Geannuleerd", en: "Cancelled" },
};

/** Events in the request's history; kinds the table lacks are shown as they are stored. */
const EVENT: Record<string, Words> = {
  received: { nl: "Ontvangen", en: "Received" },
  send_code: { nl: "Code verstuurd", en: "Code sent" },
  verify: { nl: "Bevestigd met de code", en: "Verified with the code" },
  operator_verified: { nl: "Identiteit vastgesteld door een medewerker", en: "Identity established by an operator" },
  app_verified: { nl: "Bevestigd door de aanmelding in de app", en: "Verified by the sign-in to the application" },
  tenant_verified: {
    nl: "Identiteit vastgesteld door de klant (verwerkingsverantwoordelijke)",
    en: "Identity established by the customer (the controller)",
  },
  tenant_informed: {
    nl: "Geen mail aan de persoon: de klant leest dit via de API en antwoordt zelf",
    en: "No mail to the person: the customer reads this through the API and answers them",
  },
  tenant_callback_sent: {
    nl: "De klant is via zijn callback-adres op de hoogte gebracht",
    en: "The customer was told at its callback URL",
  },
  tenant_callback_failed: {
    nl: "De klant kon niet via zijn callback-adres worden bereikt",
    en: "The customer could not be reached at its callback URL",
  },
  require_approval: { nl: "Goedkeuring nodig", en: "Approval required" },
  approve: { nl: "Goedgekeurd", en: "Approved" },
  start: { nl: "Verwerking gestart", en: "Processing started" },
  complete: { nl: "Afgerond", en: "Completed" },
  complete_partially: { nl: "Deels afgerond", en: "Partially completed" },
  deny: { nl: "Geweigerd", en: "Denied" },
  cancel: { nl: "Geannuleerd", en: "Cancelled" },
  duplicate_of: { nl: "Herhaald of dubbel verzoek", en: "Repeated or duplicate request" },
  extended: { nl: "Termijn verlengd", en: "Deadline extended" },
  clock_paused: { nl: "Klok stilgezet", en: "Clock paused" },
  clock_resumed: { nl: "Klok loopt weer", en: "Clock resumed" },
  mail_failed: { nl: "Mail niet verstuurd", en: "Mail not sent" },
  queue_failed: { nl: "Niet in de wachtrij gezet; volgt later", en: "Not queued; will be queued later" },
  requeued: { nl: "Opnieuw in de wachtrij gezet", en: "Queued again" },
  retried: { nl: "Opnieuw uitgevoerd op verzoek van de functionaris", en: "Run again by the officer" },
  package_created: { nl: "Pakket klaargezet", en: "Package ready" },
  package_downloaded: { nl: "Pakket gedownload", en: "Package downloaded" },
  requester_notified: { nl: "Aanvrager ingelicht", en: "Requester informed" },
  recipient_notify_queued: { nl: "Ontvanger wordt ingelicht", en: "Recipient to be informed" },
  recipient_notified: { nl: "Ontvanger ingelicht (art. 19)", en: "Recipient informed (Art. 19)" },
  recipient_acknowledged: { nl: "Ontvanger bevestigde het bericht (art. 19)", en: "Recipient acknowledged (Art. 19)" },
  recipient_ack_reminded: {
    nl: "Ontvanger herinnerd aan het bericht (art. 19)",
    en: "Recipient reminded of the notice (Art. 19)",
  },
  restriction_lifted: { nl: "Beperking opgeheven", en: "Restriction lifted" },
  review_taken: { nl: "In behandeling genomen door een beoordelaar", en: "Taken by a reviewer" },
  review_recorded: { nl: "Beoordeling vastgelegd", en: "Review recorded" },
  task_created: {
    nl: "Taak gemaakt voor een systeem zonder koppeling",
    en: "Task made for a system without a connection",
  },
  task_answered: { nl: "Taak beantwoord", en: "Task answered" },
  tasks_withdrawn: {
    nl: "Open taken vervallen: het verzoek is afgesloten",
    en: "Open tasks withdrawn: the request has ended",
  },
  engine_done: {
    nl: "Databases en systemen met koppeling afgehandeld; wacht op de taken",
    en: "Databases and connected systems done; waiting for the tasks",
  },
  refused_other_people: {
    nl: "Geweigerd voordat er iets veranderde: het verzoek zou andere personen raken",
    en: "Refused before anything changed: the request would reach other people",
  },
  refused_by_engine: {
    nl: "Geweigerd voordat er iets veranderde: de database zou het weigeren, of de correctie is niet veilig",
    en: "Refused before anything changed: the database would refuse it, or the correction is not safe",
  },
  system_access: { nl: "Systeem doorzocht (inzage)", en: "System searched (access)" },
  system_erasure: { nl: "Systeem bereikt (verwijdering)", en: "System reached (erasure)" },
  system_rectification: { nl: "Systeem bereikt (verbetering)", en: "System reached (rectification)" },
  system_restriction: { nl: "Systeem bereikt (beperking)", en: "System reached (restriction)" },
  system_objection: { nl: "Systeem bereikt (bezwaar)", en: "System reached (objection)" },
  system_withdrawal: { nl: "Systeem bereikt (intrekking toestemming)", en: "System reached (withdrawal of consent)" },
  recipient_notify_failed: {
    nl: "Ontvanger niet bereikt (art. 19): licht deze op een andere manier in",
    en: "Recipient not reached (Art. 19): inform them another way",
  },
};

export const typeLabel = (type: string, lang: Lang) => word(TYPE, type, lang);
export const statusLabel = (status: string, lang: Lang) => word(STATUS, status, lang);
export const eventLabel = (kind: string, lang: Lang) => word(EVENT, kind, lang);

/** One way a refused request would have reached other people, as the history shows it. */
export function reachesText(e: { path: string; people: number; alsoThrough?: string }, lang: Lang): string {
  return textIn(lang, {
    nl: `bereikt ${e.people} ${e.people === 1 ? "andere persoon" : "andere personen"} via ${e.path}${e.alsoThrough ? ` (rijen die via ${e.alsoThrough} ook van anderen zijn)` : ""}`,
    en: `reaches ${e.people} other ${e.people === 1 ? "person" : "people"} through ${e.path}${e.alsoThrough ? ` (rows that also belong to others through ${e.alsoThrough})` : ""}`,
  });
}

/** What an HTTP system came to, as its event in the history says it: counts and outcome, no data. */
const SYSTEM_OUTCOME: Record<string, Words> = {
  found: { nl: "gevonden", en: "found" },
  none: { nl: "niets gevonden", en: "nothing found" },
  erased: { nl: "gewist", en: "erased" },
  corrected: { nl: "verbeterd", en: "corrected" },
  restricted: { nl: "beperkt", en: "restricted" },
  stopped: { nl: "gestopt", en: "stopped" },
  not_concerned: {
    nl: "niet gevraagd: het verzoek gaat niet over wat het systeem hiervoor doet",
    en: "not asked: the request is not about what the system does for it",
  },
  not_found: { nl: "niet gevonden", en: "not found" },
  no_identity: {
    nl: "niet gevraagd: geen identiteit van de soort die het systeem kent",
    en: "not asked: no identity of the kind it knows",
  },
  skipped: {
    nl: "overgeslagen, zoals tenants: in het register zegt voor dit verzoek",
    en: "skipped, as tenants: in the register says for this request",
  },
  failed: { nl: "mislukt", en: "failed" },
};

export function systemOutcomeText(d: { system: string; outcome: string; records: number }, lang: Lang): string {
  const outcome = word(SYSTEM_OUTCOME, d.outcome, lang);
  if (d.records === 0) return `${d.system}: ${outcome}`;
  // "record" is the word in Dutch as well.
  return `${d.system}: ${d.records} ${d.records === 1 ? "record" : "records"} ${outcome}`;
}
