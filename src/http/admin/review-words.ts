import type { Lang } from "../../kernel/index.js";

/** The console's words for a human review of an automated decision (Art. 22(3)). */
export interface ConsoleReviewWords {
  heading: string;
  decision: string;
  decisionGone: string;
  logic: string;
  steps: string;
  consequences: string;
  legalEffect: string;
  reference: string;
  decidedOn: string;
  view: string;
  contests: string;
  yes: string;
  no: string;
  take: string;
  takeHint: string;
  record: string;
  outcome: string;
  outcomes: Record<"upheld" | "changed" | "withdrawn", string>;
  /** The label of the reasons' field in each language. */
  reasons: Record<Lang, string>;
  reasonsHint: (lang: string) => string;
  viewConsidered: string;
  viewConsideredLabel: string;
  recorded: string;
}

const nl: ConsoleReviewWords = {
  heading: "Menselijke beoordeling",
  decision: "Besluit",
  decisionGone: "Dit besluit staat niet meer in het register.",
  logic: "Hoe het werkt",
  steps: "Stappen",
  consequences: "Gevolgen",
  legalEffect: "Rechtsgevolg of vergelijkbaar aanmerkelijk gevolg",
  reference: "Kenmerk volgens de persoon",
  decidedOn: "Datum volgens de persoon",
  view: "Standpunt van de persoon",
  contests: "Vecht het besluit aan",
  yes: "Ja",
  no: "Nee",
  take: "In behandeling nemen",
  takeHint: "U beoordeelt het besluit zelf; er draait geen automatische taak voor dit verzoek.",
  record: "Beoordeling vastleggen",
  outcome: "Uitkomst",
  outcomes: { upheld: "Besluit blijft staan", changed: "Besluit veranderd", withdrawn: "Besluit ingetrokken" },
  reasons: { nl: "Reden (Nederlands)", en: "Reden (Engels)" },
  reasonsHint: (lang) => `De persoon leest de reden in de taal van het verzoek (${lang}); die is verplicht.`,
  viewConsidered: "Standpunt meegewogen",
  viewConsideredLabel: "Ik heb het standpunt van de persoon gelezen en meegewogen",
  recorded: "Vastgelegde uitkomst",
};

const en: ConsoleReviewWords = {
  heading: "Human review",
  decision: "Decision",
  decisionGone: "This decision is no longer in the register.",
  logic: "How it works",
  steps: "Steps",
  consequences: "Consequences",
  legalEffect: "Legal or similarly significant effect",
  reference: "Reference as the person gave it",
  decidedOn: "Date as the person gave it",
  view: "The person's point of view",
  contests: "Contests the decision",
  yes: "Yes",
  no: "No",
  take: "Take for review",
  takeHint: "You review the decision yourself; no automated job runs for this request.",
  record: "Record the review",
  outcome: "Outcome",
  outcomes: { upheld: "Decision upheld", changed: "Decision changed", withdrawn: "Decision withdrawn" },
  reasons: { nl: "Reasons (Dutch)", en: "Reasons (English)" },
  reasonsHint: (lang) => `The person reads the reasons in the request's language (${lang}); those are required.`,
  viewConsidered: "Point of view considered",
  viewConsideredLabel: "I have read and considered the person's point of view",
  recorded: "Recorded outcome",
};

const WORDS: Record<Lang, ConsoleReviewWords> = { nl, en };

export function consoleReviewWords(lang: Lang): ConsoleReviewWords {
  return WORDS[lang];
}
