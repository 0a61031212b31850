import type { LEGAL_BASES } from "../register/index.js";
import { type Lang, textIn } from "../kernel/index.js";
import type { Words } from "./words.js";

type Basis = (typeof LEGAL_BASES)[number];

/** The name of each legal basis (Art. 6(1)), as a heading. */
export const BASIS_NAME: Record<Basis, Words> = {
  consent: { nl: "Toestemming", en: "Consent" },
  contract: { nl: "Uitvoering van een overeenkomst", en: "Performing a contract" },
  legal_obligation: { nl: "Wettelijke verplichting", en: "Legal obligation" },
  vital_interests: { nl: "Vitaal belang", en: "Vital interests" },
  public_task: { nl: "Taak van algemeen belang", en: "Public task" },
  legitimate_interest: { nl: "Gerechtvaardigd belang", en: "Legitimate interest" },
};

/** The legal basis as a privacy officer names it inside a sentence or a record cell. */
export const BASIS_TERM: Record<Basis, Words> = {
  consent: { nl: "toestemming", en: "consent" },
  contract: { nl: "uitvoering van een overeenkomst", en: "performance of a contract" },
  legal_obligation: { nl: "wettelijke verplichting", en: "legal obligation" },
  vital_interests: { nl: "vitaal belang", en: "vital interests" },
  public_task: { nl: "algemeen belang", en: "public task" },
  legitimate_interest: { nl: "gerechtvaardigd belang", en: "legitimate interest" },
};

/** Why we may process, in words a person understands; completes "We process these data ...". */
export const BASIS_REASON: Record<Basis, Words> = {
  consent: { nl: "omdat {u|je} daar toestemming voor hebt gegeven", en: "because you have given your consent" },
  contract: {
    nl: "omdat dit nodig is om de overeenkomst met {u|jou} uit te voeren",
    en: "because we need it to perform our contract with you",
  },
  legal_obligation: { nl: "omdat de wet ons dat verplicht", en: "because the law requires us to" },
  vital_interests: {
    nl: "omdat dit nodig is om {uw|je} leven of gezondheid, of die van een ander, te beschermen",
    en: "because it is needed to protect your life or health, or someone else's",
  },
  public_task: {
    nl: "omdat dit nodig is voor een taak van algemeen belang die wij uitvoeren",
    en: "because it is needed for a task we carry out in the public interest",
  },
  legitimate_interest: {
    nl: "omdat wij daar een gerechtvaardigd belang bij hebben",
    en: "because we have a legitimate interest in it",
  },
};

/** The point of Art. 6(1) each basis stands under. */
const POINT: Record<Basis, string> = {
  consent: "a",
  contract: "b",
  legal_obligation: "c",
  vital_interests: "d",
  public_task: "e",
  legitimate_interest: "f",
};

/** The article spelt out for a reader: "artikel 6 lid 1 onder b AVG" / "GDPR Article 6(1)(b)". */
export function basisArticle(basis: Basis, lang: Lang): string {
  return textIn(lang, { nl: `artikel 6 lid 1 onder ${POINT[basis]} AVG`, en: `GDPR Article 6(1)(${POINT[basis]})` });
}

/** The article in the record's short form: "art. 6 lid 1 sub b AVG" / "Art. 6(1)(b) GDPR". */
export function basisCitation(basis: Basis, lang: Lang): string {
  return textIn(lang, { nl: `art. 6 lid 1 sub ${POINT[basis]} AVG`, en: `Art. 6(1)(${POINT[basis]}) GDPR` });
}
