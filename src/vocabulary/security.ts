import type { SECURITY_MEASURES } from "../register/index.js";
import type { Words } from "./words.js";

type Measure = (typeof SECURITY_MEASURES)[number];

/** Each security measure as a short term, for the record's list of measures (Art. 30(1)(g)). */
export const MEASURE_TERM: Record<Measure, Words> = {
  encryption_in_transit: { nl: "versleuteling tijdens transport", en: "encryption in transit" },
  encryption_at_rest: { nl: "versleuteling van opgeslagen gegevens", en: "encryption at rest" },
  multi_factor_authentication: { nl: "meerfactorauthenticatie", en: "multi-factor authentication" },
  access_control: { nl: "toegangsbeheer", en: "access control" },
  need_to_know: { nl: "toegang alleen wie het nodig heeft", en: "need-to-know access" },
  logging: { nl: "logging", en: "logging" },
  backups: { nl: "back-ups", en: "backups" },
  firewall: { nl: "firewall", en: "firewall" },
  pseudonymisation: { nl: "pseudonimisering", en: "pseudonymisation" },
  security_testing: { nl: "beveiligingstesten", en: "security testing" },
  confidentiality_agreements: { nl: "geheimhoudingsverklaringen", en: "confidentiality agreements" },
  iso27001: { nl: "ISO 27001", en: "ISO 27001" },
  password_hashing: { nl: "wachtwoorden alleen als hash opgeslagen", en: "passwords stored only as hashes" },
  physical_security: { nl: "fysieke beveiliging", en: "physical security" },
  staff_training: { nl: "training van medewerkers", en: "staff training" },
};

/** Each security measure in plain words, as a list item in the statement. */
export const MEASURE_SENTENCE: Record<Measure, Words> = {
  encryption_in_transit: {
    nl: "Alle verbindingen met onze systemen zijn versleuteld (HTTPS/TLS).",
    en: "Every connection to our systems is encrypted (HTTPS/TLS).",
  },
  encryption_at_rest: {
    nl: "Opgeslagen gegevens en back-ups zijn versleuteld.",
    en: "Stored data and backups are encrypted.",
  },
  multi_factor_authentication: {
    nl: "Medewerkers loggen in met tweestapsverificatie.",
    en: "Staff sign in with multi-factor authentication.",
  },
  access_control: {
    nl: "Alleen bevoegde medewerkers hebben toegang, elk met een eigen account en eigen rechten.",
    en: "Only authorised staff have access, each with their own account and permissions.",
  },
  need_to_know: {
    nl: "Medewerkers zien alleen de gegevens die zij voor hun taak nodig hebben.",
    en: "Staff see only the data they need for their task.",
  },
  logging: {
    nl: "Wij leggen vast wie wanneer bij welke gegevens is geweest.",
    en: "We log who accessed which data and when.",
  },
  backups: {
    nl: "Wij maken regelmatig back-ups, zodat gegevens niet verloren gaan.",
    en: "We make regular backups, so that data is not lost.",
  },
  firewall: { nl: "Onze systemen zijn afgeschermd met firewalls.", en: "Our systems are shielded by firewalls." },
  pseudonymisation: {
    nl: "Waar het kan, vervangen wij namen door codes (pseudonimisering).",
    en: "Where possible we replace names with codes (pseudonymisation).",
  },
  security_testing: {
    nl: "Wij laten onze beveiliging regelmatig testen.",
    en: "We have our security tested regularly.",
  },
  confidentiality_agreements: {
    nl: "Medewerkers en leveranciers hebben een geheimhoudingsplicht.",
    en: "Staff and suppliers are bound by confidentiality.",
  },
  iso27001: {
    nl: "Ons informatiebeveiligingsbeleid volgt de norm ISO 27001.",
    en: "Our information security management follows the ISO 27001 standard.",
  },
  password_hashing: {
    nl: "Wachtwoorden slaan wij nooit leesbaar op, alleen als onomkeerbare hash.",
    en: "We never store passwords in readable form, only as an irreversible hash.",
  },
  physical_security: {
    nl: "Onze servers en kantoren zijn fysiek beveiligd.",
    en: "Our servers and offices are physically secured.",
  },
  staff_training: {
    nl: "Medewerkers krijgen training in privacy en beveiliging.",
    en: "Staff are trained in privacy and security.",
  },
};
