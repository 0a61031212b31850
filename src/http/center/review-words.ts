import type { Lang } from "../../kernel/index.js";

/** The privacy center's words for asking a person to review an automated decision (Art. 22(3)). */
export interface ReviewWords {
  decisionLabel: string;
  decisionHint: string;
  referenceLabel: string;
  referenceHint: string;
  decidedOnLabel: string;
  decidedOnHint: string;
  viewLabel: string;
  viewHint: string;
  contestsLabel: string;
  contestsYes: string;
  contestsNo: string;
  whatHappens: string;
  errors: { decision: string; reference: string; decidedOn: string; view: string; contests: string };
  /** The status page, once the review is done. */
  outcomeHeading: string;
  outcome: Record<"upheld" | "changed" | "withdrawn", string>;
  outcomeReasons: string;
}

const nl: ReviewWords = {
  decisionLabel: "Over welk besluit gaat het?",
  decisionHint: "Kies het automatische besluit waar een medewerker naar moet kijken.",
  referenceLabel: "Kenmerk van het besluit (niet verplicht)",
  referenceHint: "Bijvoorbeeld het factuurnummer of dossiernummer uit onze brief of e-mail.",
  decidedOnLabel: "Datum van het besluit (niet verplicht)",
  decidedOnHint: "Als JJJJ-MM-DD, bijvoorbeeld 2026-03-14.",
  viewLabel: "{Uw|Je} standpunt",
  viewHint: "Wat {vindt u|vind je} van het besluit? Wat moet de medewerker weten om het opnieuw te beoordelen?",
  contestsLabel: "{Vecht u|Vecht je} het besluit aan?",
  contestsYes: "Ja, ik ben het niet eens met het besluit",
  contestsNo: "Nee, ik wil alleen dat een mens ernaar kijkt",
  whatHappens:
    "Een medewerker bekijkt het besluit opnieuw en weegt {uw|je} standpunt mee. {U krijgt|Je krijgt} de uitkomst per e-mail en op {uw|je} statuspagina.",
  errors: {
    decision: "Kies het besluit waar het om gaat",
    reference: "Het kenmerk is te lang (hooguit 200 tekens)",
    decidedOn: "Schrijf de datum als JJJJ-MM-DD",
    view: "Geef {uw|je} standpunt (hooguit 4000 tekens)",
    contests: "Kies of {u|je} het besluit aanvecht",
  },
  outcomeHeading: "Uitkomst van de beoordeling",
  outcome: {
    upheld: "Het besluit blijft staan.",
    changed: "Wij hebben het besluit veranderd.",
    withdrawn: "Wij hebben het besluit ingetrokken.",
  },
  outcomeReasons: "De reden:",
};

const en: ReviewWords = {
  decisionLabel: "Which decision is it about?",
  decisionHint: "Choose the automated decision a member of staff should look at.",
  referenceLabel: "Reference of the decision (optional)",
  referenceHint: "For example the invoice or case number from our letter or e-mail.",
  decidedOnLabel: "Date of the decision (optional)",
  decidedOnHint: "As YYYY-MM-DD, for example 2026-03-14.",
  viewLabel: "Your point of view",
  viewHint: "What do you think of the decision? What should the member of staff know to review it?",
  contestsLabel: "Do you contest the decision?",
  contestsYes: "Yes, I disagree with the decision",
  contestsNo: "No, I only want a person to look at it",
  whatHappens:
    "A member of staff looks at the decision again and weighs your point of view. You get the outcome by e-mail and on your status page.",
  errors: {
    decision: "Choose the decision it is about",
    reference: "The reference is too long (at most 200 characters)",
    decidedOn: "Write the date as YYYY-MM-DD",
    view: "Give your point of view (at most 4000 characters)",
    contests: "Choose whether you contest the decision",
  },
  outcomeHeading: "Outcome of the review",
  outcome: {
    upheld: "The decision stands.",
    changed: "We have changed the decision.",
    withdrawn: "We have withdrawn the decision.",
  },
  outcomeReasons: "The reason:",
};

const WORDS: Record<Lang, ReviewWords> = { nl, en };

/** The review words as written, with both forms of address: centerWords resolves them with the rest. */
export function reviewWords(lang: Lang): ReviewWords {
  return WORDS[lang];
}
