import type { MemberState } from "./types.js";

/**
 * Each EU/EEA state's choices under the GDPR: the age of digital consent (Art. 8(1) lets a state set it
 * between 13 and 16), the act implementing the GDPR and the company register. Fields are given only
 * where known for certain; a missing act or register is left unnamed in the texts.
 */
export const MEMBER_STATES: readonly MemberState[] = [
  { country: "AT", digitalConsentAge: 14, implementingAct: { name: "Datenschutzgesetz", short: "DSG" } },
  {
    country: "BE",
    digitalConsentAge: 13,
    implementingAct: {
      name: "Wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens",
      short: "Wet van 30 juli 2018",
    },
    consentAgeArticle: {
      nl: "artikel 7 van de Wet van 30 juli 2018",
      en: "Article 7 of the Belgian Act of 30 July 2018",
    },
    companyRegister: {
      registered: {
        nl: "ingeschreven bij de Kruispuntbank van Ondernemingen",
        en: "registered with the Crossroads Bank for Enterprises (KBO/BCE)",
      },
      short: "KBO/BCE",
      numberLabel: { nl: "ondernemingsnummer", en: "enterprise no." },
    },
  },
  { country: "BG", digitalConsentAge: 14 },
  { country: "HR", digitalConsentAge: 16 },
  { country: "CY", digitalConsentAge: 14 },
  { country: "CZ", digitalConsentAge: 15 },
  { country: "DK", digitalConsentAge: 13, implementingAct: { name: "Databeskyttelsesloven" } },
  { country: "EE", digitalConsentAge: 13 },
  { country: "FI", digitalConsentAge: 13, implementingAct: { name: "Tietosuojalaki (1050/2018)" } },
  {
    country: "FR",
    digitalConsentAge: 15,
    implementingAct: { name: "Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés" },
  },
  {
    country: "DE",
    digitalConsentAge: 16,
    implementingAct: { name: "Bundesdatenschutzgesetz", short: "BDSG" },
    companyRegister: {
      registered: {
        nl: "ingeschreven in het Handelsregister",
        en: "registered in the Handelsregister",
      },
      short: "HRB/HRA",
      numberLabel: { nl: "Handelsregister", en: "Commercial Register" },
    },
    authorityByRegion: true,
  },
  { country: "GR", digitalConsentAge: 15 },
  { country: "HU", digitalConsentAge: 16 },
  { country: "IE", digitalConsentAge: 16, implementingAct: { name: "Data Protection Act 2018" } },
  {
    country: "IT",
    digitalConsentAge: 14,
    implementingAct: { name: "Codice in materia di protezione dei dati personali" },
  },
  { country: "LV", digitalConsentAge: 13 },
  { country: "LT", digitalConsentAge: 14 },
  { country: "LU", digitalConsentAge: 16 },
  { country: "MT", digitalConsentAge: 13 },
  {
    country: "NL",
    digitalConsentAge: 16,
    implementingAct: { name: "Uitvoeringswet Algemene verordening gegevensbescherming", short: "UAVG" },
    consentAgeArticle: { nl: "artikel 5 UAVG", en: "Article 5 UAVG" },
    companyRegister: {
      registered: {
        nl: "ingeschreven bij de Kamer van Koophandel",
        en: "registered with the Dutch Chamber of Commerce (KvK)",
      },
      short: "KvK",
      numberLabel: { nl: "KvK", en: "Chamber of Commerce no." },
    },
  },
  {
    country: "PL",
    digitalConsentAge: 16,
    implementingAct: { name: "Ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych" },
  },
  { country: "PT", digitalConsentAge: 13, implementingAct: { name: "Lei n.º 58/2019" } },
  { country: "RO", digitalConsentAge: 16 },
  { country: "SK", digitalConsentAge: 16 },
  { country: "SI", digitalConsentAge: 15 },
  {
    country: "ES",
    digitalConsentAge: 14,
    implementingAct: {
      name: "Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales",
      short: "LOPDGDD",
    },
  },
  { country: "SE", digitalConsentAge: 13, implementingAct: { name: "Dataskyddslagen (2018:218)" } },
  { country: "IS", digitalConsentAge: 13 },
  { country: "LI", digitalConsentAge: 16 },
  { country: "NO", digitalConsentAge: 13, implementingAct: { name: "Personopplysningsloven" } },
];

/** Art. 8(1): the age when a state has made no other choice. */
export const GDPR_DIGITAL_CONSENT_AGE = 16;
