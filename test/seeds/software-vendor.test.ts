import { type Commitment, seedSuite } from "./helpers.js";

// Seed 002: a software vendor whose statement names neither itself nor a way to reach it.
const checklist: Commitment[] = [
  {
    commitment:
      "purposes: contract, customer data, legal duties; processor for data in its systems, with an agreement per customer",
    nl: [
      "het aangaan en uitvoeren van een overeenkomst en het beheren van de klantgegevens die daaruit voortvloeien",
      "de wettelijke verplichtingen nakomen die uit het uitvoeren van de overeenkomst voortvloeien",
      "de persoonsgegevens verwerken die klanten in de door ons aangeboden systemen vastleggen",
      "de klant, met wie wij voor deze verwerking een verwerkersovereenkomst sluiten",
    ],
    en: [
      "entering into and performing a contract and managing the customer data that follows from it",
      "meeting the legal duties that follow from performing the contract",
      "processing the personal data customers record in the systems we offer",
      "the customer, with whom we conclude a processing agreement for this processing",
    ],
  },
  {
    commitment:
      "data: name and address, phone, e-mail, bank details, dates of birth for some activities; kept in a CRM",
    nl: [
      "naam",
      "adres",
      "telefoonnummer",
      "e-mailadres",
      "bankrekeningnummer (IBAN)",
      "geboortedatum",
      "de geboortedatum alleen voor sommige activiteiten",
      "klantbeheersysteem (CRM)",
    ],
    en: [
      "name",
      "address",
      "phone number",
      "e-mail address",
      "bank account number (IBAN)",
      "date of birth",
      "the date of birth only for some activities",
      "customer management system (CRM)",
    ],
  },
  {
    commitment: "newsletter on consent, unsubscribe at any time",
    nl: [
      "u als relatie periodiek een nieuwsbrief sturen met wetenswaardigheden over de software waarmee u werkt",
      "u kunt zich altijd uitschrijven van de nieuwsbrief",
    ],
    en: [
      "sending you as a relation a periodic newsletter with news about the software you work with",
      "you can always unsubscribe from the newsletter",
    ],
  },
  {
    commitment: "kept during the contract; at most 12 months after it ends, unless a legal duty such as for contracts",
    nl: ["12 maanden na het einde van de overeenkomst", "een wettelijke bewaarplicht, zoals voor contracten"],
    en: ["12 months after the contract ends", "a statutory retention duty, such as for contracts"],
  },
  {
    commitment:
      "security: firewall, encryption, MFA, ISO 27001 data centre, layered backups, authorisations, TLS; audits",
    nl: [
      "firewall",
      "encryptie",
      "meervoudige toegangsbeveiliging",
      "ISO 27001-gecertificeerd datacenter",
      "getrapte back-ups",
      "autorisatiemanagement",
      "SSL-verbinding",
      "Wij laten ons periodiek auditeren.",
    ],
    en: [
      "firewall",
      "encryption",
      "multi-factor access control",
      "ISO 27001 certified data centre",
      "layered backups",
      "manage authorisations",
      "SSL connection",
      "We are audited periodically.",
    ],
  },
  {
    commitment:
      "rights: access, rectify, erase, minimise; within one month; portability; verification; complaint to the AP",
    nl: [
      "Inzage",
      "Verbetering",
      "Verwijdering",
      "Beperking",
      "Overdraagbaarheid",
      /binnen (1|één|een) maand/i,
      /machtiging|namens u/i,
      "Autoriteit Persoonsgegevens",
    ],
    en: [
      "Access",
      "Rectification",
      "Erasure",
      "Restriction",
      "Portability",
      /within (1|one) month/i,
      /authori[sz]ation|mandate|on your behalf/i,
      "Autoriteit Persoonsgegevens",
    ],
  },
];

seedSuite("software-vendor", checklist, {
  rules: ["consent-implied", "controller-contact-missing", "dpo-unrecorded", "automated-decisions-unrecorded"],
  at: [
    { rule: "consent-implied", line: /^\s+mechanism: implied_by_form$/ },
    { rule: "controller-contact-missing", line: /^organization:$/ },
    { rule: "dpo-unrecorded", line: /^organization:$/ },
  ],
});
