import type { Right } from "../register/index.js";
import type { Words } from "./words.js";

/** The name of each right (Art. 15-22, 7(3), 77), as a list heading. */
export const RIGHT_NAME: Record<Right, Words> = {
  access: { nl: "Inzage", en: "Access" },
  rectification: { nl: "Verbetering en aanvulling", en: "Rectification and completion" },
  erasure: { nl: "Verwijdering", en: "Erasure" },
  restriction: { nl: "Beperking", en: "Restriction" },
  objection: { nl: "Bezwaar", en: "Objection" },
  portability: { nl: "Overdraagbaarheid", en: "Portability" },
  withdraw_consent: { nl: "Toestemming intrekken", en: "Withdrawing consent" },
  automated_decision_review: {
    nl: "Menselijke blik op automatische besluiten",
    en: "Human review of automated decisions",
  },
  complaint: { nl: "Klacht indienen", en: "Making a complaint" },
};

/** What each right lets a person do, explained in the statement. */
export const RIGHT_EXPLANATION: Record<Right, Words> = {
  access: {
    nl: "{U|Je} kunt vragen of wij gegevens over {u|jou} verwerken en een kopie krijgen, met uitleg over de doelen, de ontvangers, de bewaartermijnen en waar de gegevens vandaan komen. De eerste kopie is gratis.",
    en: "You can ask whether we process data about you and get a copy, with an explanation of the purposes, the recipients, how long we keep the data and where it comes from. The first copy is free.",
  },
  rectification: {
    nl: "Kloppen {uw|je} gegevens niet of zijn ze onvolledig, dan {kunt u|kun je} vragen ze te verbeteren of aan te vullen.",
    en: "If your data is wrong or incomplete, you can ask us to correct or complete it.",
  },
  erasure: {
    nl: "{U|Je} kunt vragen {uw|je} gegevens te wissen. Gegevens die wij volgens de wet nog moeten bewaren, schermen wij af en gebruiken wij nergens anders voor; wij verwijderen ze zodra die plicht voorbij is.",
    en: "You can ask us to erase your data. Data the law still requires us to keep is restricted and used for nothing else; we delete it as soon as that duty ends.",
  },
  restriction: {
    nl: "{U|Je} kunt vragen het gebruik van {uw|je} gegevens tijdelijk te beperken, bijvoorbeeld terwijl wij nagaan of ze kloppen of terwijl wij {uw|je} bezwaar beoordelen. Wij bewaren ze dan alleen, en laten het {u|je} weten voordat de beperking eindigt.",
    en: "You can ask us to restrict the use of your data for a while, for instance while we check whether it is correct or while we consider your objection. We then only store it, and tell you before the restriction ends.",
  },
  objection: {
    nl: "Verwerken wij gegevens op grond van ons gerechtvaardigd belang, dan {kunt u|kun je} daartegen bezwaar maken. Wij maken dan een nieuwe afweging en stoppen, tenzij wij dwingende redenen hebben die zwaarder wegen dan {uw|jouw} belangen. Tegen direct marketing {kunt u|kun je} altijd bezwaar maken: dan stoppen wij daar meteen mee, zonder afweging.",
    en: "Where we process data on the basis of our legitimate interest, you can object. We then weigh the interests again and stop, unless we have compelling reasons that override your interests. You can always object to direct marketing: we then stop at once, without any weighing.",
  },
  portability: {
    nl: "Gegevens die {u|je} zelf aan ons hebt gegeven en die wij met {uw|jouw} toestemming of voor de overeenkomst geautomatiseerd verwerken, {krijgt u|krijg je} op verzoek in een gangbaar, machineleesbaar formaat (zoals JSON of CSV). Als het technisch kan, sturen wij ze rechtstreeks naar een andere organisatie.",
    en: "Data you gave us yourself and that we process by automated means on your consent or for our contract, you can get in a common, machine-readable format (such as JSON or CSV). Where technically feasible we send it directly to another organisation.",
  },
  withdraw_consent: {
    nl: "{Hebt u|Heb je} toestemming gegeven, dan {kunt u|kun je} die op elk moment intrekken, net zo makkelijk als {u|je} die gaf. Dat geldt voor de toekomst: wat wij eerder met {uw|jouw} toestemming deden, blijft rechtmatig.",
    en: "Where you have given consent, you can withdraw it at any time, as easily as you gave it. This applies from then on: what we did earlier with your consent remains lawful.",
  },
  automated_decision_review: {
    nl: "Neemt een systeem zonder menselijke tussenkomst een besluit over {u|jou} dat {u|je} in aanmerkelijke mate treft, dan {kunt u|kun je} vragen dat een medewerker ernaar kijkt, {uw|je} standpunt geven en het besluit aanvechten.",
    en: "If a system takes a decision about you without human involvement that significantly affects you, you can ask for a member of staff to look at it, give your point of view and contest the decision.",
  },
  complaint: {
    nl: "{Bent u|Ben je} het niet eens met hoe wij met {uw|je} gegevens omgaan, dan {kunt u|kun je} een klacht indienen bij de toezichthouder op privacy.",
    en: "If you disagree with how we handle your data, you can complain to the data protection authority.",
  },
};

/** Each right as what the person can do, so "U kunt voortaan ook ..." reads as a sentence. */
export const RIGHT_ACTION: Record<Right, Words> = {
  access: { nl: "{uw|je} gegevens inzien", en: "access your data" },
  rectification: { nl: "{uw|je} gegevens laten corrigeren", en: "have your data corrected" },
  erasure: { nl: "{uw|je} gegevens laten wissen", en: "have your data erased" },
  restriction: { nl: "de verwerking laten beperken", en: "have the processing restricted" },
  objection: { nl: "bezwaar maken tegen de verwerking", en: "object to the processing" },
  portability: { nl: "{uw|je} gegevens laten overdragen", en: "have your data transferred (portability)" },
  withdraw_consent: { nl: "{uw|je} toestemming intrekken", en: "withdraw your consent" },
  automated_decision_review: {
    nl: "een mens laten kijken naar een geautomatiseerd besluit",
    en: "have a person review an automated decision",
  },
  complaint: {
    nl: "een klacht indienen bij de toezichthouder op privacy",
    en: "complain to the data protection authority",
  },
};
