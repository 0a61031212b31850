import { type Commitment, seedSuite } from "./helpers.js";

// Seed 004: an online bookkeeping service, its statement of 2016.
const checklist: Commitment[] = [
  {
    commitment: "principles: stated purposes, minimal data, express consent where needed, security, rights",
    nl: [
      "Wij vermelden duidelijk voor welke doeleinden wij persoonsgegevens verwerken",
      "beperken de verzameling tot de gegevens die voor die doeleinden nodig zijn",
      "vragen eerst uitdrukkelijke toestemming waar die vereist is",
    ],
    en: [
      "We state clearly for which purposes we process personal data",
      "limit collection to the data those purposes need",
      "first ask express consent where it is required",
    ],
  },
  {
    commitment: "purposes with their data: registration, access, contact form, newsletters, service messages, surveys",
    nl: [
      "het registratieproces dat je doorloopt om een (proef)abonnement af te nemen",
      "het verlenen van toegang tot de dienst",
      "het verwerken van het door jou ingevulde contactformulier",
      "het versturen van nieuwsbrieven, wanneer je daarvoor bent aangemeld",
      "het versturen van serviceberichten over onze dienst",
      "het versturen van uitnodigingen om mee te doen aan onderzoeken",
      "geslacht",
      "betaalgegevens",
      "bedrijfsgegevens",
      "kantoorcode",
      "berichten en correspondentie",
    ],
    en: [
      "the registration process you go through to take out a (trial) subscription",
      "giving access to the service",
      "handling the contact form you filled in",
      "sending newsletters when you have signed up for them",
      "sending service messages about our service",
      "sending invitations to take part in surveys",
      "gender",
      "payment details",
      "company details",
      "office code",
      "messages and correspondence",
    ],
  },
  {
    commitment: "newsletter: an unsubscribe link in every issue",
    nl: ["met de afmeldmogelijkheid in iedere nieuwsbrief"],
    en: ["with the unsubscribe option in every newsletter"],
  },
  {
    commitment: "signposted camera surveillance, authorised access only, at most 7 days unless an incident needs it",
    nl: [
      "openlijk cameratoezicht in en rond ons pand",
      "stickers",
      "Alleen geautoriseerde personen hebben toegang tot de camerabeelden",
      "7 dagen",
      "zodra ze voor de afhandeling van de calamiteit niet meer nodig zijn",
    ],
    en: [
      "open camera surveillance in and around our building",
      "stickers",
      "Only authorised people have access to the footage",
      "7 days",
      "once it is no longer needed for dealing with the incident",
    ],
  },
  {
    commitment: "no sharing with third parties unless needed for the service or required by law",
    nl: [
      "Wij verstrekken je persoonsgegevens niet aan derden, tenzij dat noodzakelijk is om de gevraagde dienst te leveren",
    ],
    en: ["We do not disclose your personal data to third parties unless that is necessary to deliver the service"],
  },
  {
    commitment: "minors of 16 and under only under parental supervision",
    nl: [
      "Als je 16 jaar of jonger bent, mag je uitsluitend onder toezicht van je ouders of wettelijke vertegenwoordigers",
    ],
    en: ["If you are 16 or younger, you may use our website only under the supervision of your parents"],
  },
  {
    commitment: "changes published on the website",
    nl: [/website/i, "16-09-2016", "2 september 2016"],
    en: [/website/i, "16-09-2016", "2 September 2016"],
  },
  {
    commitment: "rights: access, change, erase; an ID copy with BSN and photo masked; for cookie data send the cookie",
    nl: [
      "Inzage",
      "Verbetering",
      "Verwijdering",
      "https://www.kasboekonline.example/contact",
      /kopie van (een|uw|je) (geldig )?(identiteitsbewijs|legitimatiebewijs|identiteitsdocument)/i,
      "BSN",
      /pasfoto|foto/i,
      /cookie[^.]*(mee|sturen|stuurt|waarde)|(stuur|stuurt|sturen|meesturen)[^.]*cookie/i,
    ],
    en: [
      "Access",
      "Rectification",
      "Erasure",
      "https://www.kasboekonline.example/contact",
      /cop(y|ies) of (an|your) (valid )?(identity|ID) (document|card)/i,
      "BSN",
      /photo/i,
      /cookie[^.]*(value|send)|send[^.]*cookie/i,
    ],
  },
];

seedSuite("bookkeeping-2016", checklist, {
  rules: ["retention-vague", "id-copy-by-default", "legal-basis-missing"],
  at: [
    { rule: "retention-vague", line: /^\s+nl: niet langer dan noodzakelijk/ },
    { rule: "id-copy-by-default", line: /^\s+id_copy: always$/ },
    { rule: "legal-basis-missing", line: /^ {2}newsletter:$/ },
    { rule: "legal-basis-missing", line: /^ {2}surveys:$/ },
  ],
});
