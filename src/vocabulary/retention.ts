import { formatPeriod, localize, type RETENTION_EVENTS, type RetentionRule, type Text } from "../register/index.js";
import { type Lang, textIn } from "../kernel/index.js";
import { addressed, type FormOfAddress } from "./address.js";
import { oneLine } from "./lists.js";
import type { Words } from "./words.js";

type RetentionEvent = (typeof RETENTION_EVENTS)[number];
type Action = RetentionRule["action"];
type HoldGround = RetentionRule["holds"][number]["ground"];

/** What a period counts from, as a noun: the record's "retention starts at" column. */
export const RETENTION_EVENT_NOUN: Record<RetentionEvent, Words> = {
  collection: { nl: "verzameling", en: "collection" },
  contract_end: { nl: "einde van het contract", en: "end of the contract" },
  account_deleted: { nl: "verwijdering van het account", en: "deletion of the account" },
  tenant_deleted: { nl: "verwijdering van de klantomgeving", en: "deletion of the customer environment" },
  last_activity: { nl: "laatste activiteit", en: "last activity" },
  request_handled: { nl: "afhandeling van het verzoek", en: "handling of the request" },
  consent_withdrawn: { nl: "intrekking van de toestemming", en: "withdrawal of consent" },
  incident_closed: { nl: "afsluiting van het incident", en: "closing of the incident" },
  relationship_end: { nl: "einde van de relatie met de persoon", en: "end of the relationship with the person" },
  financial_year_end: { nl: "einde van het boekjaar", en: "end of the financial year" },
  recording: { nl: "opname", en: "recording" },
};

/** What a period counts from, written to follow the period: "12 maanden na het einde van de overeenkomst". */
export const RETENTION_EVENT_AFTER: Record<RetentionEvent, Words> = {
  collection: { nl: "nadat wij ze hebben verzameld", en: "after we collect it" },
  contract_end: { nl: "na het einde van de overeenkomst", en: "after the contract ends" },
  account_deleted: { nl: "nadat het account is verwijderd", en: "after the account is deleted" },
  tenant_deleted: {
    nl: "nadat de klant zijn organisatie-account heeft verwijderd",
    en: "after the customer deletes its organisation account",
  },
  last_activity: { nl: "na {uw|je} laatste activiteit", en: "after your last activity" },
  request_handled: {
    nl: "nadat {uw|je} vraag of verzoek is afgehandeld",
    en: "after your question or request has been dealt with",
  },
  consent_withdrawn: { nl: "nadat {u uw|je jouw} toestemming hebt ingetrokken", en: "after you withdraw your consent" },
  incident_closed: { nl: "nadat het incident is afgesloten", en: "after the incident is closed" },
  relationship_end: {
    nl: "nadat {u|je} geen klant of relatie van ons meer bent",
    en: "after you stop being our customer or contact",
  },
  financial_year_end: { nl: "na het einde van het boekjaar", en: "after the end of the financial year" },
  recording: { nl: "na de opname", en: "after it is recorded" },
};

const CUSTOM = "custom:";

/** The event as a noun; a register's own event ("custom:trial_ended") is read as words: "trial ended". */
export function retentionEventNoun(event: string, lang: Lang): string {
  const known = RETENTION_EVENT_NOUN[event as RetentionEvent];
  return known ? known[lang] : event.slice(CUSTOM.length).replaceAll("_", " ");
}

/**
 * The event after a period. A register's own event follows "na" / "after" in the words the rule gives
 * it (`custom_event`), else as its name read as words: "custom:trial_ended" is "na trial ended".
 */
export function retentionEventAfter(event: string, lang: Lang, words?: Text): string {
  if (event.startsWith(CUSTOM)) {
    const own = oneLine(localize(words, lang)) || event.slice(CUSTOM.length).replaceAll("_", " ");
    return `${textIn(lang, { nl: "na", en: "after" })} ${own}`;
  }
  const known = RETENTION_EVENT_AFTER[event as RetentionEvent];
  return known ? known[lang] : event;
}

/**
 * How long data is kept, as every document says it: "12 maanden na het einde van de overeenkomst",
 * followed by the criteria when the rule gives both, the criteria alone when it gives no period, and
 * undefined when it gives neither.
 */
export function retentionPhrase(rule: RetentionRule | undefined, lang: Lang, form: FormOfAddress): string | undefined {
  if (!rule) return undefined;
  const criteria = oneLine(localize(rule.criteria, lang));
  if (!rule.period) return criteria === "" ? undefined : criteria;
  const period = formatPeriod(rule.period, lang);
  const after = rule.after ? addressed(retentionEventAfter(rule.after, lang, rule.custom_event), form) : "";
  const counted = after ? `${period} ${after}` : period;
  return criteria === "" ? counted : `${counted}; ${criteria}`;
}

/** What happens when the period ends, as the record's "at the end" column names it. */
export const RETENTION_ACTION: Record<Action, Words> = {
  delete: { nl: "verwijderen", en: "delete" },
  anonymize: { nl: "anonimiseren", en: "anonymise" },
  restrict: { nl: "afschermen (beperken)", en: "restrict" },
};

/** What happens when the period ends, as a past participle: "daarna verwijderd" / "then deleted". */
export const RETENTION_ACTION_DONE: Record<Action, Words> = {
  delete: { nl: "verwijderd", en: "deleted" },
  anonymize: { nl: "geanonimiseerd", en: "anonymised" },
  restrict: { nl: "afgeschermd", en: "restricted" },
};

/** What happens when the period ends, as the statement's sentence after the period. */
export const RETENTION_ACTION_SENTENCE: Record<Action, Words> = {
  delete: { nl: "Daarna verwijderen wij ze.", en: "After that we delete it." },
  anonymize: {
    nl: "Daarna maken wij ze anoniem, zodat ze niet meer naar {u|jou} te herleiden zijn.",
    en: "After that we anonymise it, so it can no longer be linked to you.",
  },
  restrict: {
    nl: "Daarna schermen wij ze af: wij bewaren ze alleen nog en gebruiken ze nergens meer voor.",
    en: "After that we restrict it: we only store it and no longer use it for anything.",
  },
};

/** Why data is kept past its period, as the record names the ground. */
export const HOLD_GROUND: Record<HoldGround, Words> = {
  legal_obligation: { nl: "wettelijke bewaarplicht", en: "legal obligation" },
  legal_claims: { nl: "rechtsvorderingen", en: "legal claims" },
  public_interest: { nl: "algemeen belang", en: "public interest" },
  archiving: { nl: "archivering", en: "archiving" },
};
