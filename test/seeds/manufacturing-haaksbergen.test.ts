import { type Commitment, seedSuite } from "./helpers.js";

// Seed 003: software for the manufacturing industry, in Haaksbergen.
const checklist: Commitment[] = [
  {
    commitment: "a privacy officer (not a DPO) with its own address; a separate general contact",
    nl: [
      /privacyfunctionaris|privacy officer/i,
      "geen functionaris gegevensbescherming",
      "privacy@maakwerk.example",
      "info@maakwerk.example",
      "Fabriekslaan 8",
      "Haaksbergen",
    ],
    en: [
      "privacy officer",
      "not a data protection officer",
      "privacy@maakwerk.example",
      "info@maakwerk.example",
      "Fabriekslaan 8",
      "Haaksbergen",
    ],
  },
  {
    commitment: "subjects: business relations' contacts, application users, website visitors, suppliers",
    nl: [
      "contactpersonen van onze zakelijke relaties",
      "gebruikers van onze applicatie",
      "bezoekers van onze websites",
      "leveranciers",
    ],
    en: [
      "contact persons at our business relations",
      "users of our application",
      "visitors to our websites",
      "suppliers",
    ],
  },
  {
    commitment: "controller for relations and visitors; processor for application data (the customer is controller)",
    nl: [/verwerkingsverantwoordelijke/i, /verwerker\b/i, "de organisatie waar u werkt; zie haar privacyverklaring"],
    en: [/\bcontroller\b/i, /\bprocessor\b/i, "the organisation you work for; see its privacy statement"],
  },
  {
    commitment:
      "data: name, job title, business contact details; username, hours, hours per machine; contact form; cookies",
    nl: [
      "naam",
      "functie",
      "e-mailadres",
      "telefoonnummer",
      "gebruikersnaam",
      "gewerkte uren",
      "bestede uren per machine- of fabrieksonderdeel",
      "Contactformulier",
      "cookie-ID's",
    ],
    en: [
      "name",
      "job title",
      "e-mail address",
      "phone number",
      "username",
      "hours worked",
      "hours spent per machine or plant part",
      "Contact form",
      "cookie identifiers",
    ],
  },
  {
    commitment:
      "bases: contract incl. pre-contract, legal obligation, legitimate interest with balancing test, consent",
    nl: [
      "ook in de precontractuele fase",
      "voldoen aan fiscale en andere wettelijke verplichtingen",
      "het belang van Maakwerk Digitaal om een duurzame relatie met u te behouden",
      "de verwerking heeft slechts een beperkte impact op uw privacy",
      /gerechtvaardigd belang/i,
      "u kunt uw toestemming altijd intrekken",
    ],
    en: [
      "including the pre-contract phase",
      "meeting tax and other legal obligations",
      "the interest of Maakwerk Digitaal in keeping a lasting relationship with you",
      "the processing has only a limited impact on your privacy",
      /legitimate interest/i,
      "you can always withdraw your consent",
    ],
  },
  {
    commitment:
      "objection to legitimate interest: a new balancing test, answered promptly; refused when needed for claims",
    nl: ["maken wij opnieuw een belangenafweging en delen wij de uitkomst spoedig mee", "dan weigeren wij het bezwaar"],
    en: ["we carry out a new balancing test and tell you the outcome promptly", "we refuse the objection"],
  },
  {
    commitment:
      "no automated decisions; processors under agreements; data in the EU, servers in NL; no transfers outside the EEA",
    nl: [
      "Wij nemen geen besluiten over u die uitsluitend automatisch tot stand komen",
      "Hostingpartner (applicatieservers)",
      /verwerkersovereenkomst/i,
      "Nederland",
      /(buiten|binnen) de (EER|Europese Economische Ruimte)/,
    ],
    en: [
      "We do not take decisions about you that are made solely by automated means",
      "Hosting partner (application servers)",
      /processing agreement/i,
      "Netherlands",
      /(outside|within|inside) the (EEA|European Economic Area)/,
    ],
  },
  {
    commitment:
      "relations kept while the relationship or a legal duty lasts; contact-form data deleted after the contact",
    nl: [
      "zolang wij een zakelijke relatie met u hebben, of zolang er een wettelijke bewaarplicht op ons rust",
      "na het contactmoment verwijderen wij de gegevens",
    ],
    en: [
      "for as long as we have a business relationship with you, or as long as a legal retention duty applies",
      "after we have been in touch we delete the data",
    ],
  },
  {
    commitment:
      "organisation deleted by its administrator in Settings: 14 days to undo; gone from backups within 3 months",
    nl: ["Instellingen > Verwijder de organisatie", "14 dagen", "3 maanden"],
    en: ["Settings > Delete the organisation", "14 days", "3 months"],
  },
  {
    commitment: "customer stops: 14 days to undo the cancellation; backups keep it one month, then permanent deletion",
    nl: ["de opzegging kan 14 dagen ongedaan worden gemaakt", "1 maand", "permanent verwijderd"],
    en: ["the cancellation can be undone for 14 days", "1 month", "permanently deleted"],
  },
  {
    commitment:
      "rights via the privacy e-mail; answer within four weeks; refusal possible (tax, evidence in complaints)",
    nl: [
      "Inzage",
      "Verbetering",
      "Verwijdering",
      "Bezwaar",
      "Overdraagbaarheid",
      "Toestemming intrekken",
      "privacy@maakwerk.example",
      "4 weken",
      "om belastingtechnische redenen of als bewijs bij klachten",
    ],
    en: [
      "Access",
      "Rectification",
      "Erasure",
      "Objection",
      "Portability",
      "Withdrawing consent",
      "privacy@maakwerk.example",
      "4 weeks",
      "for tax reasons or as evidence in complaints",
    ],
  },
  {
    commitment:
      "functional and analytical cookies (Google Analytics) set up per the AP's former guidance, no consent asked",
    nl: [
      "mw_session",
      "_ga",
      "Google (Google Analytics)",
      "ingesteld volgens de richtlijnen van de Autoriteit Persoonsgegevens",
    ],
    en: [
      "mw_session",
      "_ga",
      "Google (Google Analytics)",
      "set up following the guidance of the Dutch Data Protection Authority",
    ],
  },
];

seedSuite("manufacturing-haaksbergen", checklist, {
  rules: [
    "id-copy-by-default",
    "cookie-without-consent",
    "analytics-exemption-incomplete",
    "non-essential-cookies-without-banner",
  ],
  at: [
    { rule: "id-copy-by-default", line: /^\s+id_copy: always$/ },
    { rule: "cookie-without-consent", line: /^ {4}purpose: analytics$/ },
  ],
});
