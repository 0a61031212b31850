import type { Lang } from "../../kernel/index.js";

/** The words of the center's recipients page and of the Art. 19 acknowledgement page, Dutch and English. */
export interface ProcessorCenterWords {
  title: string;
  intro: string;
  processors: string;
  processorsIntro: string;
  others: string;
  othersIntro: string;
  colName: string;
  colService: string;
  colWhere: string;
  colSafeguard: string;
  colSubProcessors: string;
  none: string;
  homeTitle: string;
  homeText: string;
  homeLink: string;
  ackTitle: string;
  ackIntro: (controller: string, recipient: string, reference: string, sentOn: string) => string;
  ackButton: string;
  ackDone: string;
  ackAlready: (on: string) => string;
  ackNotFound: string;
}

const nl: ProcessorCenterWords = {
  title: "Wie onze gegevens verwerkt",
  intro:
    "Deze partijen ontvangen persoonsgegevens van ons. Per partij staat wat zij doen, in welke landen en, buiten de Europese Economische Ruimte, welke waarborg geldt. Een leeg vak betekent dat wij het niet hebben vastgelegd.",
  processors: "Verwerkers",
  processorsIntro:
    "Verwerkers werken in onze opdracht, onder een verwerkersovereenkomst. Zij mogen de gegevens alleen gebruiken voor wat wij hun vragen.",
  others: "Andere ontvangers",
  othersIntro: "Deze ontvangers zijn zelf verantwoordelijk voor wat zij met de gegevens doen.",
  colName: "Naam",
  colService: "Wat zij doen",
  colWhere: "Waar",
  colSafeguard: "Waarborg buiten de EER",
  colSubProcessors: "Subverwerkers",
  none: "Wij hebben geen ontvangers van persoonsgegevens vastgelegd.",
  homeTitle: "Wie {uw|je} gegevens verwerkt",
  homeText: "Welke partijen gegevens van ons ontvangen, waar zij dat doen en welke waarborgen gelden.",
  homeLink: "Bekijk de verwerkers en ontvangers",
  ackTitle: "Bericht over artikel 19 AVG bevestigen",
  ackIntro: (controller, recipient, reference, sentOn) =>
    `${controller} stuurde ${recipient} op ${sentOn} een bericht op grond van artikel 19 AVG, met kenmerk ${reference}. Bevestig dat u het heeft ontvangen en ernaar handelt.`,
  ackButton: "Ik bevestig",
  ackDone: "Dank u. Uw bevestiging is vastgelegd.",
  ackAlready: (on) => `Dit bericht is al bevestigd op ${on}. U hoeft niets meer te doen.`,
  ackNotFound: "Deze link is niet (meer) geldig. Controleer of u de hele link uit het bericht heeft gebruikt.",
};

const en: ProcessorCenterWords = {
  title: "Who processes our data",
  intro:
    "These parties receive personal data from us. For each one you can see what they do, in which countries and, outside the European Economic Area, which safeguard applies. An empty cell means we have not recorded it.",
  processors: "Processors",
  processorsIntro:
    "Processors work on our behalf, under a data processing agreement. They may use the data only for what we ask them to do.",
  others: "Other recipients",
  othersIntro: "These recipients are responsible themselves for what they do with the data.",
  colName: "Name",
  colService: "What they do",
  colWhere: "Where",
  colSafeguard: "Safeguard outside the EEA",
  colSubProcessors: "Sub-processors",
  none: "We have recorded no recipients of personal data.",
  homeTitle: "Who processes your data",
  homeText: "Which parties receive data from us, where they process it and which safeguards apply.",
  homeLink: "See the processors and recipients",
  ackTitle: "Acknowledge an Article 19 GDPR notice",
  ackIntro: (controller, recipient, reference, sentOn) =>
    `On ${sentOn} ${controller} sent ${recipient} a notice under Article 19 GDPR, reference ${reference}. Please confirm that you received it and act on it.`,
  ackButton: "I confirm",
  ackDone: "Thank you. Your acknowledgement has been recorded.",
  ackAlready: (on) => `This notice was already acknowledged on ${on}. There is nothing more to do.`,
  ackNotFound: "This link is not valid (any more). Please check that you used the whole link from the message.",
};

export const PROCESSOR_CENTER_WORDS: Record<Lang, ProcessorCenterWords> = { nl, en };
