import type { Lang, RequestType } from "../kernel/index.js";
import type { Words } from "../vocabulary/index.js";

/**
 * A request as the person's own act, for inside a sentence: "uw verzoek om inzage". The Dutch holds
 * both forms of address; the mail that uses it resolves them.
 */
export const REQUEST_PHRASE: Record<RequestType, Words> = {
  access: { nl: "{uw|je} verzoek om inzage in {uw|je} gegevens", en: "your request for access to your data" },
  portability: {
    nl: "{uw|je} verzoek om {uw|je} gegevens over te dragen (dataportabiliteit)",
    en: "your request to receive your data to take elsewhere (portability)",
  },
  rectification: { nl: "{uw|je} verzoek om {uw|je} gegevens te corrigeren", en: "your request to correct your data" },
  erasure: { nl: "{uw|je} verzoek om {uw|je} gegevens te verwijderen", en: "your request to erase your data" },
  restriction: {
    nl: "{uw|je} verzoek om de verwerking van {uw|je} gegevens te beperken",
    en: "your request to restrict the processing of your data",
  },
  objection: {
    nl: "{uw|je} bezwaar tegen de verwerking van {uw|je} gegevens",
    en: "your objection to the processing of your data",
  },
  withdrawal: { nl: "de intrekking van {uw|je} toestemming", en: "your withdrawal of consent" },
  automated_decision_review: {
    nl: "{uw|je} verzoek om een automatisch besluit door een mens te laten beoordelen",
    en: "your request for a person to review an automated decision",
  },
};

/** A request type as a short noun, for a subject line or a list: "Inzage". */
export const REQUEST_NOUN: Record<RequestType, Words> = {
  access: { nl: "Inzage", en: "Access" },
  portability: { nl: "Dataportabiliteit", en: "Portability" },
  rectification: { nl: "Correctie", en: "Rectification" },
  erasure: { nl: "Verwijdering", en: "Erasure" },
  restriction: { nl: "Beperking van de verwerking", en: "Restriction of processing" },
  objection: { nl: "Bezwaar", en: "Objection" },
  withdrawal: { nl: "Intrekking van toestemming", en: "Withdrawal of consent" },
  automated_decision_review: { nl: "Menselijke beoordeling", en: "Human review" },
};

export function requestPhrase(type: RequestType, lang: Lang): string {
  return REQUEST_PHRASE[type][lang];
}

export function requestNoun(type: RequestType, lang: Lang): string {
  return REQUEST_NOUN[type][lang];
}
